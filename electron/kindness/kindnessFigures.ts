import { everyYearOf, type ByYear, type DateRange, type KindnessFigures } from '../../shared/figures';
import { yearOfColumn } from '../db/calendarYear';
import type { Db } from '../db/schema';

/**
 * 친절 으뜸이 for the pledge report, for every calendar year of the range: people picked in confirmed
 * months of that year within the range, and the last confirmed month of it ('yyyy-MM'). A month belongs
 * to the range when its month lies between the months of `from` and `to`. A month confirmed with no
 * pick ("선정 없음") still counts as done, so `lastPickedMonth` says how far the year's picking has gone
 * — the "6월" of `2025년 6월 현재`. Months not confirmed yet are left out: their picks may still change.
 */
export async function kindnessFiguresByYear(db: Db, range: DateRange): Promise<ByYear<KindnessFigures>> {
  const from = range.from.slice(0, 7);
  const to = range.to.slice(0, 7);
  const pickYear = yearOfColumn('p.month');
  const monthYear = yearOfColumn('month');
  // Each pick counts once: a person picked in two months of the year is two of the year's picks.
  const picks = await db
    .selectFrom('kindness_pick as p')
    .innerJoin('kindness_month as m', (join) => join.onRef('m.month', '=', 'p.month').on('m.confirmed', '=', 1))
    .select((eb) => [pickYear.as('year'), eb.fn.countAll<number>().as('picks')])
    .where((eb) => eb.between('p.month', from, to))
    .groupBy(pickYear)
    .execute();
  const months = await db
    .selectFrom('kindness_month')
    .select((eb) => [monthYear.as('year'), eb.fn.max<string>('month').as('month')])
    .where('confirmed', '=', 1)
    .where((eb) => eb.between('month', from, to))
    .groupBy(monthYear)
    .execute();
  const picked = new Map(picks.map((r) => [Number(r.year), Number(r.picks)]));
  const found = new Map<number, KindnessFigures>(months.map((r) => [Number(r.year), { picks: picked.get(Number(r.year)) ?? 0, lastPickedMonth: r.month }]));
  // A pick is only counted in a confirmed month, so every year with picks has a confirmed month above.
  return everyYearOf(range, found, () => ({ picks: 0, lastPickedMonth: null }));
}
