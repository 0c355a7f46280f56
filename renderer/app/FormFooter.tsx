import { Alert, Button, Group, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The message of an error that no field shows (see formError); it stands above the buttons. */
  error: string | null | undefined;
  /** Without it there is no cancel button: a form on a page, not in a dialog. */
  onCancel?: () => void;
  cancelLabel?: string;
  submitLabel?: ReactNode;
  saving?: boolean;
  /** A colour or autofocus for the submit button, where the form confirms rather than saves. */
  submitProps?: Omit<ButtonProps, 'loading'> & { 'data-autofocus'?: boolean };
  /** A short word left of the buttons, such as "저장했습니다.". */
  status?: ReactNode;
}

/** The end of a form: what went wrong as a whole, then 취소 and the submit button on the right. */
export function FormFooter({ error, onCancel, cancelLabel = '취소', submitLabel = '저장', saving, submitProps, status }: Props) {
  return (
    <>
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        {status}
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
        )}
        <Button type="submit" loading={saving} {...submitProps}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
