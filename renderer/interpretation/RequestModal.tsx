import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { InterpretationRequest } from '../../shared/contract/interpretation';
import { RequestForm, type RequestDraft } from './RequestForm';

const titleFor = (d: RequestDraft) => (d.id ? (d.status === '예약' ? '예약 수정' : '통역 기록 수정') : d.status === '예약' ? '통역 예약' : '통역 요청 기록');

/** The request form in a dialog; a draft opens it, null closes it. */
export function RequestModal({ draft, onClose, onSaved }: { draft: RequestDraft | null; onClose: () => void; onSaved?: (r: InterpretationRequest) => void }) {
  return (
    <Modal opened={draft !== null} onClose={onClose} title={draft ? titleFor(draft) : ''} size="lg" closeButtonProps={{ 'aria-label': '닫기' }}>
      {draft && (
        <RequestForm
          initial={draft}
          onCancel={onClose}
          onDeleted={() => {
            notifications.show({ color: 'gray', message: `통역 기록을 삭제했습니다: ${draft.date} ${draft.task}` });
            onClose();
          }}
          onSaved={(saved) => {
            notifications.show({
              color: 'green',
              message: `${saved.status === '예약' ? '예약' : '통역 요청'}을 저장했습니다: ${saved.languageLabel} · ${saved.task}`,
            });
            onClose();
            onSaved?.(saved);
          }}
        />
      )}
    </Modal>
  );
}
