import type { DateRange, KindnessFigures } from '../../shared/figures';
import type { Db } from '../db/connection';

type Statements = ReturnType<typeof prepare>;

const prepare = (db: Db) => ({
  // Each pick counts once: a person picked in two months of the range is two of the year's picks.
  picks: db.prepare(`
    SELECT count(*) AS n FROM kindness_pick p
    JOIN kindness_month m ON m.month = p.month AND m.confirmed = 1
    WHERE p.month BETWEEN ? AND ?`),
  lastConfirmed: db.prepare(`SELECT max(month) AS month FROM kindness_month WHERE confirmed = 1 AND month BETWEEN ? AND ?`),
});

/** Statements prepared once per connection, however often the report asks. */
const cache = new WeakMap<Db, Statements>();

/**
 * 친절 으뜸이 for the pledge report: people picked in confirmed months within the range, and the
 * last confirmed month in it ('yyyy-MM'). A month belongs to the range when its month lies between
 * the months of `from` and `to`. A month confirmed with no pick ("선정 없음") still counts as done,
 * so `lastPickedMonth` says how far the year's picking has gone — the "6월" of `2025년 6월 현재`.
 * Months not confirmed yet are left out: their picks may still change.
 */
export function kindnessFigures(db: Db, range: DateRange): KindnessFigures {
  let stmt = cache.get(db);
  if (!stmt) {
    stmt = prepare(db);
    cache.set(db, stmt);
  }
  const from = range.from.slice(0, 7);
  const to = range.to.slice(0, 7);
  const picks = (stmt.picks.get(from, to) as { n: number }).n;
  const lastPickedMonth = (stmt.lastConfirmed.get(from, to) as { month: string | null }).month;
  return { picks, lastPickedMonth };
}
