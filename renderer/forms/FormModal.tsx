import { Modal, type ModalProps } from '@mantine/core';
import { useMemo } from 'react';
import { isAskingToDiscard, mayDiscard, UnsavedScope, type UnsavedScopeValue } from './unsavedChanges';

type Props = ModalProps & {
  /** A quick entry of the shell, which stays open when the page behind it changes. */
  keptAcrossPages?: boolean;
};

/**
 * A dialog holding a form. Its ✕, Esc and a click outside first ask, in Korean, whether to throw
 * away what was typed; a dialog with nothing typed in it just closes.
 */
export function FormModal({ onClose, keptAcrossPages = false, closeButtonProps, children, ...props }: Props) {
  const scope = useMemo<UnsavedScopeValue>(() => ({ forms: new Set(), keptAcrossPages }), [keptAcrossPages]);
  const close = async () => {
    // Esc while the question itself is showing answers the question, not this dialog.
    if (isAskingToDiscard()) return;
    if (await mayDiscard(scope)) onClose();
  };
  return (
    <Modal {...props} onClose={() => void close()} closeButtonProps={{ 'aria-label': '닫기', ...closeButtonProps }}>
      <UnsavedScope value={scope}>{children}</UnsavedScope>
    </Modal>
  );
}
