import { useContext, useEffect, useRef, type ComponentPropsWithoutRef } from 'react';
import type { ChannelName } from '../../shared/contract';
import { enterSaves } from './enterSaves';
import { FormStateContext } from './formContext';
import { registerForm, UnsavedScope } from './unsavedChanges';
import type { ContractFormApi, SaveHandlers } from './useContractForm';

type Props<K extends ChannelName, V extends object> = Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'noValidate' | 'onKeyDown'> &
  SaveHandlers<K, V> & {
    form: ContractFormApi<K, V>;
  };

/**
 * The app's <form>: checked by the contract, saved through it, Enter to save, and known to the
 * unsaved-changes guard (a dialog's ✕, Esc, a click outside, another menu, closing the window).
 * The browser's own validation bubbles (in English, for `required` fields) never appear: noValidate;
 * the contract's Korean messages show beside the fields instead.
 */
export function ContractForm<K extends ChannelName, V extends object>({ form, onSaved, send, onValid, children, ...rest }: Props<K, V>) {
  const scope = useContext(UnsavedScope);
  const latest = useRef(form);
  latest.current = form;
  useEffect(() => registerForm(() => latest.current.isUnsaved(), scope), [scope]);

  return (
    <FormStateContext value={{ saving: form.saving, formError: form.formError, isUnsaved: form.isUnsaved }}>
      <form {...rest} noValidate onKeyDown={enterSaves} onSubmit={form.save({ onSaved, send, onValid })}>
        {children}
      </form>
    </FormStateContext>
  );
}
