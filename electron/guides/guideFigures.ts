import type Database from 'better-sqlite3';
import type { DateRange, GuideFigures } from '../../shared/figures';
import type { Db } from '../db/connection';

const statements = new WeakMap<Db, { days: Database.Statement; personDays: Database.Statement }>();

/** Prepared once per connection: the report asks once per year of its period. */
const prepared = (db: Db) => {
  let s = statements.get(db);
  if (!s) {
    s = {
      days: db.prepare(`
        SELECT count(DISTINCT date) AS n FROM guide_shift
        WHERE date BETWEEN @from AND @to AND status IN ('done', 'replaced')`),
      // 연인원: one per person per day they stood at the desk; for a replaced shift that is the replacement.
      personDays: db.prepare(`
        SELECT count(*) AS n FROM (
          SELECT DISTINCT coalesce(replacement_helper_id, helper_id), date FROM guide_shift
          WHERE date BETWEEN @from AND @to AND status IN ('done', 'replaced'))`),
    };
    statements.set(db, s);
  }
  return s;
};

/** 안내 도우미 for the pledge report: `2024년 247일 운영, 연인원 494명`. */
export function guideFigures(db: Db, range: DateRange): GuideFigures {
  const s = prepared(db);
  return {
    days: (s.days.get(range) as { n: number }).n,
    personDays: (s.personDays.get(range) as { n: number }).n,
  };
}
