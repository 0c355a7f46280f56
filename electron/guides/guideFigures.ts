import type { GuideMonthFigures } from '../../shared/contract/guides';
import { monthsBetween } from '../../shared/dateRange';
import { everyYearOf, type ByYear, type DateRange, type GuideFigures } from '../../shared/figures';
import { sql } from 'kysely';
import type { Db } from '../db/schema';
import { monthRange } from './monthSummary';

/**
 * 안내 도우미 days and 연인원 in each period of the range, the period being the first `length`
 * characters of the date (4 a year, 7 a month), in one query: a day counts when someone stood at the
 * desk; 연인원 is one per person per day they stood there, for a replaced shift the replacement.
 */
async function guideFiguresPer(db: Db, range: DateRange, length: 4 | 7): Promise<Map<string, GuideFigures>> {
  const stood = db
    .selectFrom('guide_shift')
    .select((eb) => [eb.fn.coalesce('replacement_helper_id', 'helper_id').as('person'), 'date'])
    .distinct()
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where('status', 'in', ['done', 'replaced']);
  // The length is written into the SQL: PostgreSQL must see the grouped expression and the selected one as the same.
  const period = sql<string>`substr(date, 1, ${sql.lit(length)})`;
  const rows = await db
    .selectFrom(stood.as('d'))
    .select((eb) => [period.as('period'), eb.fn.count<number>('date').distinct().as('days'), eb.fn.countAll<number>().as('person_days')])
    .groupBy(period)
    .execute();
  return new Map(rows.map((r) => [r.period, { days: Number(r.days), personDays: Number(r.person_days) }]));
}

const none = (): GuideFigures => ({ days: 0, personDays: 0 });

/** 안내 도우미 for the pledge report, every calendar year of the range: `2024년 247일 운영, 연인원 494명`. */
export async function guideFiguresByYear(db: Db, range: DateRange): Promise<ByYear<GuideFigures>> {
  const years = await guideFiguresPer(db, range, 4);
  return everyYearOf(range, new Map([...years].map(([y, f]) => [Number(y), f])), none);
}

/**
 * The same figures month by month, for the dashboard's chart: counted by the card's own rule in one
 * query, so the chart and the pledge card can never disagree.
 */
export async function monthlyGuideFigures(db: Db, from: string, to: string): Promise<GuideMonthFigures[]> {
  const months = await guideFiguresPer(db, { from: monthRange(from).from, to: monthRange(to).to }, 7);
  return monthsBetween(from, to).map((month) => ({ month, ...(months.get(month) ?? none()) }));
}
