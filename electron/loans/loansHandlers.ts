import { UserFacingError } from '../../shared/result';
import { authorOf } from '../db/audit';
import { readTransaction, writeTransaction } from '../db/writeTransaction';
import type { CoreDeps, DownloadDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { deskNow, deskToday } from '../../shared/korean/deskClock';
import { HANDOVER_PRINT_MINUTES, LEDGER_PRINT_LIMIT, type LedgerDownload } from '../../shared/contract/loans';
import { XLSX_MIME } from '../../shared/exportFile';
import type { HandlerContext } from '../ipc/handlerTypes';
import { accessLog, accessorOf } from '../privacy/accessLog';
import { ledgerFileCount, ledgerFileName, writeLedger } from './ledgerExport';
import { ledgerRepository } from './ledgerRepository';
import { FULL_PHONE_DIGITS } from './ledgerSearch';
import { lending } from './lending';
import { loanCounts } from './loanFigures';
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
  | 'loans.printLedger'
  | 'loans.revealPersonalData'
  | 'loans.printHandover'
  | 'loans.overdue'
  | 'loans.recordContact'
  | 'loans.figures';

/** What the hand-over form printed at the hand-over itself is kept with, in place of a typed reason. */
export const HANDOVER_AT_LENDING = '대여 시 인계(서명용)';

/**
 * The loans channels. The names and phones past the retention period are destroyed at start-up
 * (core.afterStart). Every showing of a borrower's full data, every search by name or whole phone that
 * finds someone, every print and download is kept in the 접속기록 (electron/privacy), and refused when
 * nobody is signed in.
 */
export function loansHandlers(deps: CoreDeps & DownloadDeps): Handlers<LoanChannels> {
  const { db, settings, staff, downloads, readSnapshot } = deps;
  const wheelchairs = wheelchairRepository(db);
  const loans = loanRepository(db);
  const ledger = ledgerRepository(db);
  const access = accessLog(db);
  const desk = lending({ db, settings, staff });

  const requireLoan = async (loanId: number) => {
    const row = await loans.row(loanId, deskToday());
    if (!row) throw new UserFacingError('not_found', '선택한 대여 기록이 없습니다.', 'loanId');
    return row;
  };

  /** A search of the ledger by name or whole phone: whom it found, once per person and day; refused with nobody signed in. */
  const keepPersonSearch = async (filter: Pick<LedgerDownload, 'from' | 'to' | 'state' | 'search'>, ctx: HandlerContext, day: string) => {
    const found = await ledger.personSearched(filter, day);
    if (!found) return;
    const who = accessorOf(ctx);
    const entries = found.borrowerNos.map((no) => ({ action: found.action, screen: 'ledger', recordKind: 'borrower' as const, recordId: no }));
    await access.recordOncePerDay(entries, who, day);
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
    /** Looking a person up before a loan confirms they borrowed before: kept when it finds someone. */
    'loans.borrowerHistory': async ({ borrowerName, borrowerPhone }, ctx) => {
      const digits = borrowerPhone.replace(/\D/g, '');
      // A half-typed phone would match strangers: only a whole number (9 digits or more) is looked up.
      const phone = digits.length >= FULL_PHONE_DIGITS ? digits : null;
      const name = borrowerName || null;
      if (!phone && !name) return [];
      const who = accessorOf(ctx);
      const day = deskToday();
      const { warnings, borrowerNos } = await loans.earlierProblems(name, phone, day);
      const action = phone ? ('search_phone' as const) : ('search_name' as const);
      await access.recordOncePerDay(borrowerNos.map((no) => ({ action, screen: 'lend_form', recordKind: 'borrower' as const, recordId: no })), who, day);
      return warnings;
    },
    'loans.ledger': async (filter, ctx) => {
      const day = deskToday();
      await keepPersonSearch(filter, ctx, day);
      return ledger.ledger(filter, day);
    },
    // The file streams to a download: its address now, the file (and its 접속기록) when the address is fetched.
    'loans.exportLedger': (filter, ctx) =>
      downloads.issue('loans.exportLedger', ctx, {
        fileName: ledgerFileName(filter),
        mimeType: XLSX_MIME,
        write: async (out, fetcher) => {
          const who = accessorOf(fetcher);
          const day = deskToday();
          await keepPersonSearch(filter, fetcher, day);
          const { officeName } = await settings.current();
          // The count in the title, the rows and the count in the 접속기록 are of one moment.
          await readSnapshot(async (atOnce) => {
            const frozen = ledgerRepository(atOnce);
            const rowCount = await ledgerFileCount(frozen, filter, day);
            await access.record([{ action: 'export', screen: 'ledger', recordKind: 'ledger', recordId: null, rowCount, reason: filter.reason }], who);
            await writeLedger(out, frozen, rowCount, filter, day, officeName);
          });
        },
      }),
    'loans.printLedger': async (filter, ctx) => {
      const who = accessorOf(ctx);
      const day = deskToday();
      await keepPersonSearch(filter, ctx, day);
      const page = await ledger.ledger({ ...filter, offset: 0, limit: LEDGER_PRINT_LIMIT }, day);
      await access.record([{ action: 'print', screen: 'ledger', recordKind: 'ledger', recordId: null, rowCount: page.rows.length, reason: filter.reason }], who);
      return page;
    },
    'loans.revealPersonalData': async ({ loanId, purpose }, ctx) => {
      const who = accessorOf(ctx);
      await requireLoan(loanId);
      const raw = (await loans.raw(loanId))!;
      if (raw.borrower_name === null && raw.borrower_phone === null) return { name: null, phone: null };
      await access.record([{ action: 'view', screen: 'ledger', recordKind: 'loan', recordId: loanId, reason: purpose }], who);
      return { name: raw.borrower_name, phone: raw.borrower_phone === null ? null : formatPhone(raw.borrower_phone) };
    },
    'loans.printHandover': async ({ loanId, reason }, ctx) => {
      const who = accessorOf(ctx);
      await requireLoan(loanId);
      const raw = (await loans.raw(loanId))!;
      if (raw.borrower_name === null && raw.borrower_phone === null) return { name: null, phone: null };
      // The form printed at the hand-over needs no reason; printed again later, it does.
      const atLending = raw.created_by === who.staffId && Date.now() - Date.parse(raw.created_at) <= HANDOVER_PRINT_MINUTES * 60_000;
      if (!reason && !atLending) throw new UserFacingError('invalid_input', '사유를 입력하세요. 대여자의 성명과 연락처가 인쇄되어 접속기록에 남습니다.', 'reason');
      await access.record([{ action: 'print', screen: 'handover', recordKind: 'loan', recordId: loanId, rowCount: 1, reason: reason || HANDOVER_AT_LENDING }], who);
      return { name: raw.borrower_name, phone: raw.borrower_phone === null ? null : formatPhone(raw.borrower_phone) };
    },
    'loans.overdue': async (_input, ctx) => {
      const who = accessorOf(ctx);
      const day = deskToday();
      const overdue = await loans.overdueWithContacts(day);
      const shown = overdue.filter((l) => l.fullName !== null || l.fullPhone !== null);
      await access.recordOncePerDay(shown.map((l) => ({ action: 'list_view', screen: 'overdue_list', recordKind: 'loan' as const, recordId: l.id })), who, day);
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
