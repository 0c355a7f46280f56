import type { DateRange, HealingProgramFigure } from '../../shared/figures';
import type { Db } from '../db/connection';

// Prepared once per connection: the report asks once per year of its period.
const prepared = new WeakMap<Db, ReturnType<Db['prepare']>>();

/** Every healing program held in the range, by date: the report lists each and sums their participants. */
export function healingProgramFigures(db: Db, range: DateRange): HealingProgramFigure[] {
  let stmt = prepared.get(db);
  if (!stmt) {
    stmt = db.prepare(`SELECT id, date, place, participants FROM healing_program WHERE date BETWEEN @from AND @to ORDER BY date, id`);
    prepared.set(db, stmt);
  }
  return stmt.all(range) as HealingProgramFigure[];
}
