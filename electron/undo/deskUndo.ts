import { UNDO_MINUTES, undoExpired } from '../../shared/deskUndo';
import { deskToday } from '../../shared/korean/deskClock';
import { UserFacingError } from '../../shared/result';
import { authorOf, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { CoreDeps } from '../coreDeps';
import type { Handlers, HandlerContext } from '../ipc/handlerTypes';
import { loanRepository } from '../loans/loanRepository';
import { wheelchairRepository } from '../loans/wheelchairRepository';

/** Saved (an ISO stamp of the app's clock) less than UNDO_MINUTES ago; a stamp ahead of this PC's clock counts as just now. */
const withinUndo = (savedAt: string) => Date.now() - Date.parse(savedAt) < UNDO_MINUTES * 60_000;

const gone = (what: string) => new UserFacingError('not_found', `되돌릴 ${what} 기록이 없습니다. 다른 사용자가 이미 지웠을 수 있습니다.`);
const changedSince = (what: string, since: string) =>
  new UserFacingError('conflict', `${what} 뒤에 ${since} 기록되어 되돌릴 수 없습니다. 기록을 직접 고치세요.`);

/**
 * The desk's undo: the last lend, return or interpretation request, taken back from its notification within
 * UNDO_MINUTES of being saved. The time is checked here, against the time the record was saved (not the
 * time typed on it), so no screen left open can undo later. A taken-back lend or request is removed, so
 * every count leaves it out; a taken-back return opens the loan again. Each undo goes into the app's log
 * and, for a wheelchair, into its status history.
 */
export function deskUndoHandlers({ db, log }: Pick<CoreDeps, 'db' | 'log'>): Handlers<'loans.undoLend' | 'loans.undoReturn' | 'interpretation.requests.undo'> {
  const logged = (kind: string, recordId: number, ctx: HandlerContext, detail: Record<string, unknown>) =>
    log.info('desk_undo', { kind, recordId, staffId: ctx.actor?.id ?? null, desk: ctx.desk, ...detail });

  const undoLend = (loanId: number, author: Author) =>
    writeTransaction(db, async (trx: Db) => {
      const wheelchairs = wheelchairRepository(trx);
      const loan = await trx.selectFrom('loan').selectAll().where('id', '=', loanId).executeTakeFirst();
      if (!loan) throw gone('대여');
      if (!withinUndo(loan.created_at)) throw new UserFacingError('conflict', undoExpired('대여'));
      if (loan.returned_at) throw changedSince('대여', '반납이');
      if (loan.extended_at) throw changedSince('대여', '연장이');
      if (await trx.selectFrom('loan_contact').select('id').where('loan_id', '=', loanId).executeTakeFirst()) throw changedSince('대여', '연락 기록이');
      const wheelchair = await wheelchairs.require(loan.wheelchair_id);
      // The wheelchair's history keeps the lend and its undo; only its link to the removed loan goes.
      await trx.updateTable('wheelchair_status_change').set({ loan_id: null }).where('loan_id', '=', loanId).execute();
      await trx.deleteFrom('loan').where('id', '=', loanId).execute();
      await wheelchairs.changeStatus(wheelchair, 'available', '대여 취소 (입력 직후 되돌림)', null, author);
      return { loanId, assetNumber: wheelchair.assetNumber };
    });

  const undoReturn = (loanId: number, author: Author) =>
    writeTransaction(db, async (trx: Db) => {
      const loans = loanRepository(trx);
      const wheelchairs = wheelchairRepository(trx);
      const loan = await trx.selectFrom('loan').selectAll().where('id', '=', loanId).executeTakeFirst();
      if (!loan) throw gone('반납');
      if (!loan.returned_at) throw new UserFacingError('conflict', '반납되지 않은 대여입니다. 되돌릴 반납이 없습니다.');
      // The return is the loan's last change (nothing else changes a returned loan), so its stamp is the return's.
      if (!withinUndo(loan.updated_at)) throw new UserFacingError('conflict', undoExpired('반납'));
      const wheelchair = await wheelchairs.require(loan.wheelchair_id);
      if (wheelchair.status === 'on_loan' || (await loans.hasOpenLoan(wheelchair.id))) throw changedSince('반납', `'${wheelchair.assetNumber}' 휠체어의 새 대여가`);
      if (wheelchair.status === 'retired') throw changedSince('반납', `'${wheelchair.assetNumber}' 휠체어의 폐기가`);
      await trx
        .updateTable('loan')
        .set({ returned_at: null, return_condition: null, return_note: '', received_by: null, ...updatedStamp(author) })
        .where('id', '=', loanId)
        .execute();
      await wheelchairs.changeStatus(wheelchair, 'on_loan', '반납 취소 (입력 직후 되돌림)', loanId, author);
      return { row: (await loans.row(loanId, deskToday()))!, returnedAt: loan.returned_at };
    });

  const undoRequest = (id: number) =>
    writeTransaction(db, async (trx: Db) => {
      const request = await trx.selectFrom('interpretation_request').select(['id', 'created_at', 'requested_on', 'language', 'task']).where('id', '=', id).executeTakeFirst();
      if (!request) throw gone('통역 요청');
      if (!withinUndo(request.created_at)) throw new UserFacingError('conflict', undoExpired('통역 요청 저장'));
      await trx.deleteFrom('interpretation_request').where('id', '=', id).execute();
      return request;
    });

  return {
    'loans.undoLend': async ({ loanId }, ctx) => {
      const undone = await undoLend(loanId, authorOf(ctx));
      logged('lend', loanId, ctx, { assetNumber: undone.assetNumber });
      return { loanId };
    },
    'loans.undoReturn': async ({ loanId }, ctx) => {
      const undone = await undoReturn(loanId, authorOf(ctx));
      logged('return', loanId, ctx, { assetNumber: undone.row.assetNumber, returnedAt: undone.returnedAt });
      return undone.row;
    },
    'interpretation.requests.undo': async ({ id }, ctx) => {
      const undone = await undoRequest(id);
      logged('interpretation_request', id, ctx, { date: undone.requested_on, language: undone.language, task: undone.task });
      return { id };
    },
  };
}
