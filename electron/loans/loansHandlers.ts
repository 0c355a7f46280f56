import { UserFacingError } from '../../shared/result';
import { authorOf } from '../db/audit';
import { readTransaction, writeTransaction } from '../db/writeTransaction';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { deskNow, deskToday } from '../../shared/korean/deskClock';
import { exportLedger } from './ledgerExport';
import { ledgerRepository } from './ledgerRepository';
import { lending } from './lending';
import { loanCounts } from './loanFigures';
import { personalDataViewLog } from './loanPersonalData';
import { loanRepository } from './loanRepository';
import { formatPhone } from './loanRows';
import { wheelchairRepository } from './wheelchairRepository';

type LoanChannels =
  | 'loans.wheelchairs'
  | 'loans.saveWheelchair'
  | 'loans.setWheelchairStatus'
  | 'loans.wheelchairHistory'
  | 'loans.board'
  | 'loans.lend'
  | 'loans.return'
  | 'loans.extend'
  | 'loans.detail'
  | 'loans.borrowerHistory'
  | 'loans.ledger'
  | 'loans.exportLedger'
  | 'loans.revealPersonalData'
  | 'loans.overdue'
  | 'loans.recordContact'
  | 'loans.figures';

/** The loans channels. The names and phones past the retention period are destroyed at start-up (core.afterStart). */
export function loansHandlers(deps: CoreDeps): Handlers<LoanChannels> {
  const { db, settings, staff } = deps;
  const wheelchairs = wheelchairRepository(db);
  const loans = loanRepository(db);
  const ledger = ledgerRepository(db);
  const views = personalDataViewLog(db);
  const desk = lending({ db, settings, staff });

  const requireLoan = async (loanId: number) => {
    const row = await loans.row(loanId, deskToday());
    if (!row) throw new UserFacingError('not_found', '선택한 대여 기록이 없습니다.', 'loanId');
    return row;
  };

  return {
    'loans.wheelchairs': ({ includeRetired }) => wheelchairs.list(includeRetired),
    'loans.saveWheelchair': (input, ctx) => wheelchairs.save(input, authorOf(ctx)),
    'loans.setWheelchairStatus': ({ wheelchairId, status, reason }, ctx) => wheelchairs.setStatusByHand(wheelchairId, status, reason, authorOf(ctx)),
    'loans.wheelchairHistory': async ({ wheelchairId }) => {
      await wheelchairs.require(wheelchairId);
      return wheelchairs.history(wheelchairId);
    },
    // Read at one moment, so a wheelchair is never both on the open list and among the free ones.
    'loans.board': () =>
      readTransaction(db, async (trx) => {
        const day = deskToday();
        const atOnce = { loans: loanRepository(trx), wheelchairs: wheelchairRepository(trx) };
        const open = await atOnce.loans.open(day);
        const all = await atOnce.wheelchairs.list(false);
        return {
          today: day,
          open,
          free: all.filter((w) => w.status === 'available'),
          inRepair: all.filter((w) => w.status === 'repair'),
          overdueCount: open.filter((l) => l.state === 'overdue').length,
          lentToday: await atOnce.loans.countStartedOn(day),
          returnedToday: await atOnce.loans.countReturnedOn(day),
        };
      }),
    'loans.lend': (input, ctx) => desk.lend(input, authorOf(ctx)),
    'loans.return': (input, ctx) => desk.return(input, authorOf(ctx)),
    'loans.extend': ({ loanId }, ctx) => desk.extend(loanId, authorOf(ctx)),
    'loans.detail': ({ loanId }) => requireLoan(loanId),
    'loans.borrowerHistory': ({ borrowerName, borrowerPhone }) => {
      const digits = borrowerPhone.replace(/\D/g, '');
      // A half-typed phone would match strangers: only a whole number (9 digits or more) is looked up.
      return loans.earlierProblems(borrowerName || null, digits.length >= 9 ? digits : null, deskToday());
    },
    'loans.ledger': (filter) => ledger.ledger(filter, deskToday()),
    'loans.exportLedger': async (filter) => exportLedger(ledger, filter, deskToday(), (await settings.current()).officeName),
    'loans.revealPersonalData': async ({ loanId, purpose }, { actor }) => {
      await requireLoan(loanId);
      const raw = (await loans.raw(loanId))!;
      if (raw.borrower_name === null && raw.borrower_phone === null) return { name: null, phone: null };
      await views.logView(loanId, actor?.id ?? null, purpose);
      return { name: raw.borrower_name, phone: raw.borrower_phone === null ? null : formatPhone(raw.borrower_phone) };
    },
    'loans.overdue': async (_input, { actor }) => {
      const overdue = await loans.overdueWithContacts(deskToday());
      const shown = overdue.filter((l) => l.fullName !== null || l.fullPhone !== null).map((l) => l.id);
      if (shown.length > 0) await views.logDailyViews(shown, actor?.id ?? null, '연체 반납 안내 (연락 필요 목록)', deskToday());
      return overdue;
    },
    'loans.recordContact': async ({ loanId, result }, ctx) => {
      await requireLoan(loanId);
      const t = deskNow();
      return writeTransaction(db, (trx) => loanRepository(trx).addContact(loanId, `${t.date} ${t.time}`, result || '반납 안내 연락함', authorOf(ctx)));
    },
    'loans.figures': (range) => loanCounts(db, range),
  };
}
