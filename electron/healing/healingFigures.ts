import type { DateRange, HealingProgramFigure } from '../../shared/figures';
import type { Db } from '../db/schema';

/** Every healing program held in the range, by date: the report lists each and sums their participants. */
export function healingProgramFigures(db: Db, range: DateRange): Promise<HealingProgramFigure[]> {
  return db
    .selectFrom('healing_program')
    .select(['id', 'date', 'place', 'participants'])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .orderBy('date')
    .orderBy('id')
    .execute();
}
