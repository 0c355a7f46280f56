import type { DateRange, KindnessFigures } from '../../shared/figures';
import type { Db } from '../db/schema';

/**
 * 친절 으뜸이 for the pledge report: people picked in confirmed months within the range, and the
 * last confirmed month in it ('yyyy-MM'). A month belongs to the range when its month lies between
 * the months of `from` and `to`. A month confirmed with no pick ("선정 없음") still counts as done,
 * so `lastPickedMonth` says how far the year's picking has gone — the "6월" of `2025년 6월 현재`.
 * Months not confirmed yet are left out: their picks may still change.
 */
export async function kindnessFigures(db: Db, range: DateRange): Promise<KindnessFigures> {
  const from = range.from.slice(0, 7);
  const to = range.to.slice(0, 7);
  // Each pick counts once: a person picked in two months of the range is two of the year's picks.
  const { picks } = await db
    .selectFrom('kindness_pick as p')
    .innerJoin('kindness_month as m', (join) => join.onRef('m.month', '=', 'p.month').on('m.confirmed', '=', 1))
    .select((eb) => eb.fn.countAll<number>().as('picks'))
    .where((eb) => eb.between('p.month', from, to))
    .executeTakeFirstOrThrow();
  const { month } = await db
    .selectFrom('kindness_month')
    .select((eb) => eb.fn.max<string | null>('month').as('month'))
    .where('confirmed', '=', 1)
    .where((eb) => eb.between('month', from, to))
    .executeTakeFirstOrThrow();
  return { picks, lastPickedMonth: month };
}
