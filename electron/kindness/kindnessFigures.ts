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
  const year = yearOfColumn('m.month');
  // Each pick counts once: a person picked in two months of the year is two of the year's picks. From
  // the confirmed months, so a month confirmed with none still says how far the picking got.
  const rows = await db
    .selectFrom('kindness_month as m')
    .leftJoin('kindness_pick as p', 'p.month', 'm.month')
    .select((eb) => [year.as('year'), eb.fn.count<number>('p.id').as('picks'), eb.fn.max<string>('m.month').as('month')])
    .where('m.confirmed', '=', 1)
    .where((eb) => eb.between('m.month', from, to))
    .groupBy(year)
    .execute();
  const found = new Map<number, KindnessFigures>(rows.map((r) => [Number(r.year), { picks: Number(r.picks), lastPickedMonth: r.month }]));
  return everyYearOf(range, found, () => ({ picks: 0, lastPickedMonth: null }));
}
