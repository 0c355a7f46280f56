import type { GuideMonthFigures } from '../../shared/contract/guides';
import { monthsBetween } from '../../shared/dateRange';
import type { DateRange, GuideFigures } from '../../shared/figures';
import type { Db } from '../db/schema';
import { monthRange } from './monthSummary';

/** 안내 도우미 for the pledge report: `2024년 247일 운영, 연인원 494명`. */
export async function guideFigures(db: Db, range: DateRange): Promise<GuideFigures> {
  const stood = db
    .selectFrom('guide_shift')
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where('status', 'in', ['done', 'replaced']);
  const [days, personDays] = await Promise.all([
    stood.select((eb) => eb.fn.count<number>('date').distinct().as('n')).executeTakeFirstOrThrow(),
    // 연인원: one per person per day they stood at the desk; for a replaced shift that is the replacement.
    db
      .selectFrom(
        stood
          .select((eb) => [eb.fn.coalesce('replacement_helper_id', 'helper_id').as('person'), 'date'])
          .distinct()
          .as('d'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { days: Number(days.n), personDays: Number(personDays.n) };
}

/**
 * The same figures month by month, for the dashboard's chart: each month is counted by guideFigures
 * itself, so the chart and the pledge card can never disagree.
 */
export async function monthlyGuideFigures(db: Db, from: string, to: string): Promise<GuideMonthFigures[]> {
  const months: GuideMonthFigures[] = [];
  for (const month of monthsBetween(from, to)) months.push({ month, ...(await guideFigures(db, monthRange(month))) });
  return months;
}
