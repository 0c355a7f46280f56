import type { LedgerFilter, LedgerPage } from '../../shared/contract/loans';
import { addDays } from '../../shared/korean/holidays';
import type { Db } from '../db/connection';
import { LOAN_SELECT, toLoanRow, type LoanDbRow } from './loanRows';

const CHOSEONG_ONLY = /^[ㄱ-ㅎ\s]+$/;
const DIGITS_ONLY = /^[\d\s-]+$/;

/**
 * How the desk's search box reads: only initial consonants (ㅎㄱㄷ) search the stored 초성 of names;
 * only digits search phone digits and asset numbers; anything else searches names and asset numbers.
 */
export function searchTerms(search: string) {
  const q = search.trim();
  if (!q) return { mode: null, q: null };
  if (CHOSEONG_ONLY.test(q)) return { mode: 'choseong', q: q.replace(/\s/g, '') };
  if (DIGITS_ONLY.test(q)) return { mode: 'digits', q: q.replace(/\D/g, '') };
  return { mode: 'text', q: q.toLowerCase() };
}

// One statement for every filter: the period always bounds the scan through the started_at index,
// and the other conditions are switched on by their parameters.
const WHERE = `
  WHERE l.started_at >= @from AND l.started_at < @toNext
    AND (@state = 'all'
      OR (@state = 'open' AND l.returned_at IS NULL)
      OR (@state = 'overdue' AND l.returned_at IS NULL AND l.due_date < @today)
      OR (@state = 'returned' AND l.returned_at IS NOT NULL)
      OR (@state = 'returnedLate' AND substr(l.returned_at, 1, 10) > l.due_date))
    AND (@mode IS NULL
      OR (@mode = 'choseong' AND instr(l.name_choseong, @q) > 0)
      OR (@mode = 'digits' AND (instr(l.borrower_phone, @q) > 0 OR instr(w.asset_number, @q) > 0))
      OR (@mode = 'text' AND (instr(lower(l.borrower_name), @q) > 0 OR instr(lower(w.asset_number), @q) > 0)))`;

/** The ledger (대여 대장): loans of a period, filtered and searched, newest first, a page at a time. */
export function ledgerRepository(db: Db) {
  const stmt = {
    page: db.prepare(`${LOAN_SELECT} ${WHERE} ORDER BY l.started_at DESC, l.id DESC LIMIT @limit OFFSET @offset`),
    count: db.prepare(`SELECT count(*) AS n FROM loan l JOIN wheelchair w ON w.id = l.wheelchair_id ${WHERE}`),
  };
  return {
    ledger(filter: LedgerFilter, today: string): LedgerPage {
      const params = { from: filter.from, toNext: addDays(filter.to, 1), state: filter.state, today, ...searchTerms(filter.search) };
      const rows = stmt.page.all({ ...params, limit: filter.limit, offset: filter.offset }) as LoanDbRow[];
      const total = (stmt.count.get(params) as { n: number }).n;
      return { rows: rows.map((r) => toLoanRow(r, today)), total };
    },
  };
}

export type LedgerRepository = ReturnType<typeof ledgerRepository>;
