import { yearOf } from '../../shared/dateRange';
import { everyYearOf, listedByYear, type ByYear, type DateRange, type HealingProgramFigure } from '../../shared/figures';
import type { Db } from '../db/schema';

/** Every healing program held in each calendar year of the range, by date: the report lists each and sums their participants. */
export async function healingProgramFiguresByYear(db: Db, range: DateRange): Promise<ByYear<HealingProgramFigure[]>> {
  const programs = await db
    .selectFrom('healing_program')
    .select(['id', 'date', 'place', 'participants'])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return everyYearOf(range, listedByYear(programs, (p) => yearOf(p.date), (p): HealingProgramFigure => p), () => []);
}
