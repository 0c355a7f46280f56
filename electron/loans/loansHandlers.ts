import { UserFacingError } from '../../shared/result';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { deskNow, deskToday } from '../../shared/korean/deskClock';
import { exportLedger } from './ledgerExport';
import { ledgerRepository } from './ledgerRepository';
import { lending } from './lending';
import { loanCounts } from './loanFigures';
import { personalDataViewLog, purgeExpiredLoanPersonalData } from './loanPersonalData';
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

export function loansHandlers(deps: CoreDeps): Handlers<LoanChannels> {
  const { db, settings, staff, log } = deps;
  const wheelchairs = wheelchairRepository(db);
  const loans = loanRepository(db);
  const ledger = ledgerRepository(db);
  const views = personalDataViewLog(db);
  const desk = lending({ db, loans, wheelchairs, settings, staff });

  // At app start: names and phones past the retention period are destroyed before anyone can see them.
  const purged = purgeExpiredLoanPersonalData(db, deskToday(), settings.read().retentionYears);
  if (purged > 0) log.info('loan_personal_data_purged', { loans: purged });

  const requireLoan = (loanId: number) => {
    const row = loans.row(loanId, deskToday());
    if (!row) throw new UserFacingError('not_found', '선택한 대여 기록이 없습니다.', 'loanId');
    return row;
  };

  return {
    'loans.wheelchairs': ({ includeRetired }) => wheelchairs.list(includeRetired),
    'loans.saveWheelchair': (input, { actor }) => wheelchairs.save(input, actor?.id ?? null),
    'loans.setWheelchairStatus': ({ wheelchairId, status, reason }, { actor }) =>
      wheelchairs.setStatusByHand(wheelchairId, status, reason, actor?.id ?? null),
    'loans.wheelchairHistory': ({ wheelchairId }) => {
      wheelchairs.require(wheelchairId);
      return wheelchairs.history(wheelchairId);
    },
    'loans.board': () => {
      const day = deskToday();
      const open = loans.open(day);
      const all = wheelchairs.list(false);
      return {
        today: day,
        open,
        free: all.filter((w) => w.status === 'available'),
        inRepair: all.filter((w) => w.status === 'repair'),
        overdueCount: open.filter((l) => l.state === 'overdue').length,
        lentToday: loans.countStartedOn(day),
        returnedToday: loans.countReturnedOn(day),
      };
    },
    'loans.lend': (input, { actor }) => desk.lend(input, actor?.id ?? null),
    'loans.return': (input, { actor }) => desk.return(input, actor?.id ?? null),
    'loans.extend': ({ loanId }, { actor }) => desk.extend(loanId, actor?.id ?? null),
    'loans.detail': ({ loanId }) => requireLoan(loanId),
    'loans.borrowerHistory': ({ borrowerName, borrowerPhone }) => {
      const digits = borrowerPhone.replace(/\D/g, '');
      // A half-typed phone would match strangers: only a whole number (9 digits or more) is looked up.
      return loans.earlierProblems(borrowerName || null, digits.length >= 9 ? digits : null, deskToday());
    },
    'loans.ledger': (filter) => ledger.ledger(filter, deskToday()),
    'loans.exportLedger': (filter) => exportLedger(ledger, filter, deskToday(), settings.read().officeName),
    'loans.revealPersonalData': ({ loanId, purpose }, { actor }) => {
      requireLoan(loanId);
      const raw = loans.raw(loanId)!;
      if (raw.borrower_name === null && raw.borrower_phone === null) return { name: null, phone: null };
      views.logView(loanId, actor?.id ?? null, purpose);
      return { name: raw.borrower_name, phone: raw.borrower_phone === null ? null : formatPhone(raw.borrower_phone) };
    },
    'loans.overdue': (_input, { actor }) => {
      const overdue = loans.overdueWithContacts(deskToday());
      const shown = overdue.filter((l) => l.fullName !== null || l.fullPhone !== null).map((l) => l.id);
      if (shown.length > 0) views.logDailyViews(shown, actor?.id ?? null, '연체 반납 안내 (연락 필요 목록)', deskToday());
      return overdue;
    },
    'loans.recordContact': ({ loanId, result }, { actor }) => {
      requireLoan(loanId);
      const t = deskNow();
      return loans.addContact(loanId, `${t.date} ${t.time}`, result || '반납 안내 연락함', actor?.id ?? null);
    },
    'loans.figures': (range) => loanCounts(db, range),
  };
}
