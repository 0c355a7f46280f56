import type { LoanCountRow } from '../../shared/contract/loans';
import type { DateRange, LoanFigures } from '../../shared/figures';
import { addDays, monthsBetween, yearOf, yearsBetween } from '../../shared/dateRange';
import type { Db } from '../db/connection';

/*
 * Who counts as one borrower: loans with the same phone digits are one person; a loan without a phone
 * is matched by the borrower's name; a loan with neither name nor phone is a person of its own.
 * The match is made when the loan is saved and kept as loan.borrower_no, so a year's count does not
 * change when the names and phones are destroyed after the retention period.
 * A loan counts in the range its start falls in (a loan entered after the fact counts on its real start).
 */
const COUNT = `SELECT count(*) AS loans, count(DISTINCT borrower_no) AS borrowers
  FROM loan WHERE started_at >= @from AND started_at < @toNext`;
const BY_PERIOD = (length: 4 | 7) => `
  SELECT substr(started_at, 1, ${length}) AS period, count(*) AS loans, count(DISTINCT borrower_no) AS borrowers
  FROM loan WHERE started_at >= @from AND started_at < @toNext GROUP BY period ORDER BY period`;

const statements = new WeakMap<Db, { count: ReturnType<Db['prepare']>; monthly: ReturnType<Db['prepare']>; yearly: ReturnType<Db['prepare']> }>();
const prepared = (db: Db) => {
  let s = statements.get(db);
  if (!s) {
    s = { count: db.prepare(COUNT), monthly: db.prepare(BY_PERIOD(7)), yearly: db.prepare(BY_PERIOD(4)) };
    statements.set(db, s);
  }
  return s;
};

const bounds = (range: DateRange) => ({ from: range.from, toNext: addDays(range.to, 1) });

/** 휠체어 대여 for the pledge report: loans started in the range, and the distinct people who borrowed. */
export function loanFigures(db: Db, range: DateRange): LoanFigures {
  return prepared(db).count.get(bounds(range)) as LoanFigures;
}

/** Every month and year of the range, months without a loan included as zeros. */
export function loanCounts(db: Db, range: DateRange): { monthly: LoanCountRow[]; yearly: LoanCountRow[] } {
  const s = prepared(db);
  const found = new Map((s.monthly.all(bounds(range)) as LoanCountRow[]).map((r) => [r.period, r]));
  const monthly = monthsBetween(range.from.slice(0, 7), range.to.slice(0, 7)).map((month) => found.get(month) ?? { period: month, loans: 0, borrowers: 0 });
  const years = new Map((s.yearly.all(bounds(range)) as LoanCountRow[]).map((r) => [r.period, r]));
  const yearly = yearsBetween(yearOf(range.from), yearOf(range.to)).map((y) => years.get(String(y)) ?? { period: String(y), loans: 0, borrowers: 0 });
  return { monthly, yearly };
}
