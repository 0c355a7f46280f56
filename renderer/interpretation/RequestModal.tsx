import { notifications } from '@mantine/notifications';
import type { InterpretationRequest } from '../../shared/contract/interpretation';
import { call } from '../api/client';
import { showUndoable } from '../app/undoNotification';
import { FormModal } from '../forms/FormModal';
import { RequestForm } from './RequestForm';
import type { RequestOpening } from './requestValues';

const titleFor = ({ values: v }: RequestOpening) =>
  v.id ? (v.status === '예약' ? '예약 수정' : '통역 기록 수정') : v.status === '예약' ? '통역 예약' : '통역 요청 기록';

interface Props {
  opening: RequestOpening | null;
  onClose: () => void;
  onSaved?: (r: InterpretationRequest) => void;
  /** The F3 quick entry of the shell, which stays open when the page behind it changes. */
  keptAcrossPages?: boolean;
}

/** The request form in a dialog; an opening shows it, null closes it. */
export function RequestModal({ opening, onClose, onSaved, keptAcrossPages }: Props) {
  return (
    <FormModal opened={opening !== null} onClose={onClose} title={opening ? titleFor(opening) : ''} size="lg" keptAcrossPages={keptAcrossPages}>
      {opening && (
        <RequestForm
          opening={opening}
          onCancel={onClose}
          onKept={onClose}
          onDeleted={() => {
            notifications.show({ color: 'gray', message: `통역 기록을 삭제했습니다: ${opening.values.date} ${opening.values.task}` });
            onClose();
          }}
          onSaved={(saved) => {
            const message = `${saved.status === '예약' ? '예약' : '통역 요청'}을 저장했습니다: ${saved.languageLabel} · ${saved.task}`;
            // A new request can be taken back for a few minutes from its notification; an edit is simply saved.
            if (opening.values.id) notifications.show({ color: 'green', message });
            else
              showUndoable({
                message,
                undoLabel: '저장 취소',
                undo: () => call('interpretation.requests.undo', { id: saved.id }),
                undoneMessage: `${saved.status === '예약' ? '예약' : '통역 요청'}을 취소했습니다: ${saved.languageLabel} · ${saved.task}`,
              });
            onClose();
            onSaved?.(saved);
          }}
        />
      )}
    </FormModal>
  );
}
