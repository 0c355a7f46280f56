import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoanBoard, LoanRow } from '../../shared/contract/loans';
import { call } from '../api/client';
import { dateWithWeekday } from '../../shared/korean/deskClock';
import { FormModal } from '../forms/FormModal';
import { runUndo, showUndoable, type Undoable } from '../app/undoNotification';
import { UNDO_MINUTES } from '../../shared/deskUndo';
import { HandoverSheet, type HandoverData } from './HandoverSheet';
import { LendForm, type LentLoan } from './LendForm';
import { ReturnForm } from './ReturnForm';
import { loanEntryRequests, type LoanEntryRequest as Request } from '../app/deskEntryRequests';

/** A loan just saved, taken back from its notification or the dialog (the core allows it for UNDO_MINUTES). */
const undoLend = (loan: LoanRow): Undoable => ({
  message: `${loan.assetNumber} 대여를 기록했습니다.`,
  undoLabel: `${loan.assetNumber} 대여 취소`,
  undo: () => call('loans.undoLend', { loanId: loan.id }),
  undoneMessage: `${loan.assetNumber} 대여를 취소했습니다. 대여 기록에서 빠졌습니다.`,
});

interface Loaded {
  board: LoanBoard;
  staff: { id: number; name: string }[];
}

/**
 * Mounted once in the app shell (renderer/app/DeskForms.tsx): F2 opens the quick lend form and F4 the
 * quick return form, from any page and even while typing in another field.
 */
export function LoanQuickEntry() {
  const [request, setRequest] = useState<Request | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [lent, setLent] = useState<LentLoan | null>(null);
  // The lend's notification, with its own undo button: gone once the loan is taken back from the dialog.
  const lentNotice = useRef<string | null>(null);
  // Every lend notification still up, by loan: a return of the loan takes its button away (the core
  // no longer undoes a lend once the wheelchair is back, and would only say so).
  const lendNotices = useRef(new Map<number, string>());
  const [printing, setPrinting] = useState<HandoverData | null>(null);

  // The form being filled in, if any (a saved loan's summary is not one: the key starts the next loan).
  const current = useRef<Request | null>(null);
  current.current = lent ? null : request;

  const open = useCallback(async (next: Request) => {
    // Pressing the key again while the same form is open must not wipe what was typed.
    const same = current.current?.mode === next.mode && !('wheelchairId' in next && next.wheelchairId) && !('loanId' in next && next.loanId);
    if (same) return;
    setRequest(next);
    setLent(null);
    setLoaded(null);
    setLoadError(null);
    const [board, staff] = await Promise.all([call('loans.board', {}), call('staff.list', { includeInactive: false })]);
    if (!board.ok || !staff.ok) return setLoadError((!board.ok ? board.error : !staff.ok ? staff.error : null)?.message ?? null);
    setLoaded({ board: board.value, staff: staff.value });
  }, []);

  // F2, F4 and the board's buttons, through the shell (renderer/app/deskEntryRequests.ts).
  useEffect(() => loanEntryRequests.listen((request) => void open(request)), [open]);

  const close = () => {
    setRequest(null);
    setLent(null);
  };
  const endPrint = useCallback(() => setPrinting(null), []);

  // Printed at the hand-over by the person who lent it: no reason asked, and the print is still kept in the 접속기록.
  const printAtLending = async (done: LentLoan) => {
    if (!done.fullName && !done.fullPhone) return setPrinting({ loan: done.loan, fullName: null, fullPhone: null });
    const result = await call('loans.printHandover', { loanId: done.loan.id, reason: '' });
    if (!result.ok) return notifications.show({ color: 'red', message: result.error.message });
    setPrinting({ loan: done.loan, fullName: result.value.name, fullPhone: result.value.phone });
  };

  const title = request?.mode === 'return' ? '휠체어 반납 (F4)' : '휠체어 대여 (F2)';
  return (
    <>
      <FormModal opened={request !== null} onClose={close} title={title} size="lg" keptAcrossPages>
        {loadError && <Alert color="red">{loadError}</Alert>}
        {!loaded && !loadError && <Loader size="sm" aria-label="불러오는 중" />}
        {loaded && request?.mode === 'lend' && !lent && (
          <LendForm
            freeWheelchairs={loaded.board.free}
            staff={loaded.staff}
            initialWheelchairId={request.wheelchairId}
            onCancel={close}
            onKept={close}
            onSaved={(saved) => {
              setLent(saved);
              lentNotice.current = showUndoable(undoLend(saved.loan));
              lendNotices.current.set(saved.loan.id, lentNotice.current);
            }}
          />
        )}
        {lent && (
          <Stack>
            <Alert color="green" title="대여를 기록했습니다">
              <Text>
                {lent.loan.assetNumber} · 반납 예정일 <strong>{dateWithWeekday(lent.loan.dueDate)}</strong>
              </Text>
              <Text size="sm">인계할 때 사용 동의서에 대여자와 담당 직원이 서명합니다.</Text>
            </Alert>
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red.8"
                onClick={async () => {
                  if (lentNotice.current) notifications.hide(lentNotice.current);
                  if (await runUndo(undoLend(lent.loan))) close();
                }}
              >
                대여 취소 ({UNDO_MINUTES}분 안)
              </Button>
              <Button variant="default" onClick={() => void printAtLending(lent)}>
                사용 동의서 인쇄
              </Button>
              <Button autoFocus onClick={close}>
                닫기
              </Button>
            </Group>
          </Stack>
        )}
        {loaded && request?.mode === 'return' && (
          <ReturnForm
            openLoans={loaded.board.open}
            staff={loaded.staff}
            initialLoanId={request.loanId}
            onCancel={close}
            onKept={close}
            onSaved={(loan) => {
              close();
              const lendNotice = lendNotices.current.get(loan.id);
              if (lendNotice) notifications.hide(lendNotice);
              lendNotices.current.delete(loan.id);
              showUndoable({
                message: `${loan.assetNumber} 반납을 기록했습니다.${loan.state === 'returnedLate' ? ` (${loan.daysOverdue}일 늦은 반납)` : ''}`,
                undoLabel: `${loan.assetNumber} 반납 취소`,
                undo: () => call('loans.undoReturn', { loanId: loan.id }),
                undoneMessage: `${loan.assetNumber} 반납을 취소했습니다. 다시 대여 중입니다.`,
              });
            }}
          />
        )}
      </FormModal>
      {printing && <HandoverSheet data={printing} onDone={endPrint} />}
    </>
  );
}
