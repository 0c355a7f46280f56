import { Button, Group, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from '../forms/FormError';
import { useFormState } from '../forms/formContext';
import { mayDiscardForm } from '../forms/unsavedChanges';

interface Props {
  /** Without it there is no cancel button: a form on a page, not in a dialog. */
  onCancel?: () => void;
  cancelLabel?: string;
  submitLabel?: ReactNode;
  /** A colour or autofocus for the submit button, where the form confirms rather than saves. */
  submitProps?: Omit<ButtonProps, 'loading'> & { 'data-autofocus'?: boolean };
  /** A short word left of the buttons, such as "저장했습니다.". */
  status?: ReactNode;
  /** Buttons left of 취소, such as a delete offered on a saved record. */
  extra?: ReactNode;
}

/**
 * The end of a form: what went wrong that no field shows, then 취소 and the submit button on the
 * right. 취소 with something typed asks first, as the dialog's ✕ does.
 */
export function FormFooter({ onCancel, cancelLabel = '취소', submitLabel = '저장', submitProps, status, extra }: Props) {
  const form = useFormState();
  const cancel = async () => {
    if (onCancel && (await mayDiscardForm(form?.isUnsaved))) onCancel();
  };
  // A form shown only to be read has nothing to save; its dialog closes with ✕ or Esc.
  if (form?.readOnly) return null;
  return (
    <>
      <FormError />
      <Group justify="flex-end">
        {status}
        {extra}
        {onCancel && (
          <Button variant="default" onClick={() => void cancel()}>
            {cancelLabel}
          </Button>
        )}
        <Button type="submit" loading={form?.saving} {...submitProps}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
