import { sql } from 'kysely';
import type { LoanCountRow } from '../../shared/contract/loans';
import { everyYearOf, type ByYear, type DateRange, type LoanFigures } from '../../shared/figures';
import { addDays, monthsBetween, yearOf, yearsBetween } from '../../shared/dateRange';
import { eachYearOf } from '../db/calendarYear';
import type { Db } from '../db/schema';

/*
 * Who counts as one borrower: loans with the same phone digits are one person; a loan without a phone
 * is matched by the borrower's name; a loan with neither name nor phone is a person of its own.
 * The match is made when the loan is saved and kept as loan.borrower_no, so a year's count does not
 * change when the names and phones are destroyed after the retention period.
 * A loan counts in the range its start falls in (a loan entered after the fact counts on its real start).
 */
const startedIn = (db: Db, range: DateRange) =>
  db
    .selectFrom('loan')
    .select((eb) => [eb.fn.countAll<number>().as('loans'), eb.fn.count<number>('borrower_no').distinct().as('borrowers')])
    .where('started_at', '>=', range.from)
    .where('started_at', '<', addDays(range.to, 1));

/** Counts per period, the period being the first `length` characters of the start: 4 a year, 7 a month. */
async function byPeriod(db: Db, range: DateRange, length: 4 | 7): Promise<Map<string, LoanCountRow>> {
  // The length is written into the SQL, not passed as a parameter: PostgreSQL must see the grouped
  // expression and the selected one as the same.
  const period = sql<string>`substr(started_at, 1, ${sql.lit(length)})`;
  const rows = await startedIn(db, range).select(period.as('period')).groupBy(period).orderBy(period).execute();
  return new Map(rows.map((r) => [r.period, { period: r.period, loans: Number(r.loans), borrowers: Number(r.borrowers) }]));
}

/**
 * 휠체어 대여 for the pledge report, for every calendar year of the range: loans started in it, and the
 * distinct people who borrowed in it (a person who borrowed in two years counts in each).
 */
export async function loanFiguresByYear(db: Db, range: DateRange): Promise<ByYear<LoanFigures>> {
  const rows = (await eachYearOf(range, (year, y) => startedIn(db, year).select(sql.lit(y).as('year')))?.execute()) ?? [];
  const found = new Map(rows.map((r) => [Number(r.year), { loans: Number(r.loans), borrowers: Number(r.borrowers) }]));
  return everyYearOf(range, found, () => ({ loans: 0, borrowers: 0 }));
}

/** Every month and year of the range, months without a loan included as zeros. */
export async function loanCounts(db: Db, range: DateRange): Promise<{ monthly: LoanCountRow[]; yearly: LoanCountRow[] }> {
  const [months, years] = [await byPeriod(db, range, 7), await byPeriod(db, range, 4)];
  const monthly = monthsBetween(range.from.slice(0, 7), range.to.slice(0, 7)).map((month) => months.get(month) ?? { period: month, loans: 0, borrowers: 0 });
  const yearly = yearsBetween(yearOf(range.from), yearOf(range.to)).map((y) => years.get(String(y)) ?? { period: String(y), loans: 0, borrowers: 0 });
  return { monthly, yearly };
}
