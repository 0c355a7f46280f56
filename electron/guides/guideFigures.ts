import type { GuideMonthFigures } from '../../shared/contract/guides';
import { monthsBetween } from '../../shared/dateRange';
import { everyYearOf, type ByYear, type DateRange, type GuideFigures } from '../../shared/figures';
import { sql } from 'kysely';
import { eachYearOf } from '../db/calendarYear';
import type { Db } from '../db/schema';
import { monthRange } from './monthSummary';

/**
 * Who stood at the desk on which day in the range, once per person and day: a day counts when someone
 * stood there; 연인원 is one per person per day they stood there, for a replaced shift the replacement.
 */
const stoodIn = (db: Db, range: DateRange) =>
  db
    .selectFrom('guide_shift')
    .select((eb) => [eb.fn.coalesce('replacement_helper_id', 'helper_id').as('person'), 'date'])
    .distinct()
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where('status', 'in', ['done', 'replaced']);

/** Days and 연인원 of the range, as SQL selecting `days` and `person_days` (see stoodIn). */
const countedIn = (db: Db, range: DateRange) =>
  db.selectFrom(stoodIn(db, range).as('d')).select((eb) => [eb.fn.count<number>('date').distinct().as('days'), eb.fn.countAll<number>().as('person_days')]);

const figuresOf = (r: { days: number; person_days: number }): GuideFigures => ({ days: Number(r.days), personDays: Number(r.person_days) });

const none = (): GuideFigures => ({ days: 0, personDays: 0 });

/** 안내 도우미 for the pledge report, every calendar year of the range: `2024년 247일 운영, 연인원 494명`. */
export async function guideFiguresByYear(db: Db, range: DateRange): Promise<ByYear<GuideFigures>> {
  const rows = (await eachYearOf(range, (year, y) => countedIn(db, year).select(sql.lit(y).as('year')))?.execute()) ?? [];
  return everyYearOf(range, new Map(rows.map((r) => [Number(r.year), figuresOf(r)])), none);
}

/**
 * The same figures month by month, for the dashboard's chart: counted by the card's own rule (countedIn)
 * in one query, so the chart and the pledge card can never disagree.
 */
export async function monthlyGuideFigures(db: Db, from: string, to: string): Promise<GuideMonthFigures[]> {
  // The month is cut from the date with literal bounds: PostgreSQL must see the grouped expression and the selected one as the same.
  const month = sql<string>`substr(date, 1, 7)`;
  const range = { from: monthRange(from).from, to: monthRange(to).to };
  const rows = await countedIn(db, range).select(month.as('month')).groupBy(month).execute();
  const months = new Map(rows.map((r) => [r.month, figuresOf(r)]));
  return monthsBetween(from, to).map((month) => ({ month, ...(months.get(month) ?? none()) }));
}
