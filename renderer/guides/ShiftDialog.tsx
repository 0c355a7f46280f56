import { notifications } from '@mantine/notifications';
import type { GuideHelper, GuideShift } from '../../shared/contract/guides';
import { FormModal } from '../forms/FormModal';
import { dayTitle } from '../schedule/calendarDates';
import { ShiftActions } from './ShiftActions';
import { ShiftForm } from './ShiftForm';

export type ShiftDialogState = { kind: 'new'; date: string } | { kind: 'edit'; shift: GuideShift } | { kind: 'actions'; shift: GuideShift } | null;

interface Props {
  state: ShiftDialogState;
  onState: (state: ShiftDialogState) => void;
  helpers: GuideHelper[];
  /** The shifts on screen, offered as swap partners. */
  shifts: GuideShift[];
}

/** The one modal both the roster and the combined 일정 view use for a shift: add, edit, or act on it. */
export function ShiftDialog({ state, onState, helpers, shifts }: Props) {
  const close = () => onState(null);
  const title = state === null ? '' : state.kind === 'new' ? `근무 추가 · ${dayTitle(state.date)}` : state.kind === 'edit' ? '근무 수정' : '근무 처리';
  // The actions view reads the shift afresh from the reloaded list, so it never shows a stale status.
  const current = state?.kind === 'actions' ? (shifts.find((s) => s.id === state.shift.id) ?? state.shift) : null;
  return (
    <FormModal opened={state !== null} onClose={close} title={title} size="lg">
      {state?.kind === 'new' && (
        <ShiftForm
          key={state.date}
          helpers={helpers}
          editing={null}
          initialDate={state.date}
          onCancel={close}
          onSaved={() => {
            notifications.show({ color: 'green', message: '근무를 저장했습니다.' });
            close();
          }}
        />
      )}
      {state?.kind === 'edit' && (
        <ShiftForm
          helpers={helpers}
          editing={state.shift}
          initialDate={state.shift.date}
          onCancel={close}
          onSaved={() => {
            notifications.show({ color: 'green', message: '근무를 고쳤습니다.' });
            close();
          }}
        />
      )}
      {current && (
        <ShiftActions
          key={`${current.id}-${current.status}-${current.date}`}
          shift={current}
          helpers={helpers}
          others={shifts}
          onEdit={(shift) => onState({ kind: 'edit', shift })}
          onChanged={close}
        />
      )}
    </FormModal>
  );
}
