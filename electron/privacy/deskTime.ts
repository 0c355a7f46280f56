import { deskNow, stamp } from '../../shared/korean/deskClock';

/*
 * Access records keep UTC ISO stamps (as every stamp the app writes); the desk's days and months are
 * Korean time (UTC+9, no daylight saving). These turn one into the other for the queries.
 */

const kstMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`);

/** A desk day as the UTC range [start, end) of its stamps. */
export function kstDayInUtc(day: string) {
  const start = kstMidnight(day);
  return { start: start.toISOString(), end: new Date(start.getTime() + 86_400_000).toISOString() };
}

/** A desk month (yyyy-MM) as the UTC range [start, end) of its stamps. */
export function kstMonthInUtc(month: string) {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: kstMidnight(`${month}-01`).toISOString(), end: kstMidnight(`${next}-01`).toISOString() };
}

/** A stored UTC stamp as the desk read it: 'yyyy-MM-dd HH:mm'. */
export const deskStampOf = (iso: string) => stamp(deskNow(new Date(iso)));
