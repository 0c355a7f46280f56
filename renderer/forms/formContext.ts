import { createContext, useContext } from 'react';

/** What a form's footer needs from the form around it. */
export interface FormState {
  saving: boolean;
  /** A message no field shows (see refusal.ts). */
  formError: string | null;
  isUnsaved: () => boolean;
  /** Shown to someone whose role may not use the form's channel: nothing in it can be changed or saved. */
  readOnly?: boolean;
}

export const FormStateContext = createContext<FormState | null>(null);
export const useFormState = () => useContext(FormStateContext);
