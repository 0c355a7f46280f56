import { trainingKinds } from '../../shared/contract/trainings';
import { everyYearOf, listedByYear, type ByYear, type DateRange, type TrainingFigures } from '../../shared/figures';
import { yearOfColumn } from '../db/calendarYear';
import type { Db } from '../db/schema';
import { attendedPeople } from './attendedPeople';

/**
 * For every calendar year of the range, one entry per kind of training that had a session in that
 * year, in the kinds' own order (a training whose sessions span the new year counts in both).
 */
export async function trainingFiguresByYear(db: Db, range: DateRange): Promise<ByYear<TrainingFigures[]>> {
  const sessionYear = yearOfColumn('s.date');
  const attendedYear = yearOfColumn('date');
  const [spans, attendedRows] = await Promise.all([
    // Sessions in the year decide which trainings count and the span they are written with.
    db
      .selectFrom('training as t')
      .innerJoin('training_session as s', 's.training_id', 't.id')
      .select((eb) => [sessionYear.as('year'), 't.kind', eb.fn.count<number>('t.id').distinct().as('trainings'), eb.fn.min('s.date').as('first_date'), eb.fn.max('s.date').as('last_date')])
      .where('s.date', '>=', range.from)
      .where('s.date', '<=', range.to)
      .groupBy([sessionYear, 't.kind'])
      .execute(),
    // Departments are distinct across named attendance and head counts alike.
    db
      .selectFrom('training_attended')
      .select((eb) => [attendedYear.as('year'), 'kind', attendedPeople().as('people'), eb.fn.count<number>('department_id').distinct().as('departments')])
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .groupBy([attendedYear, 'kind'])
      .execute(),
  ]);
  const attended = new Map(attendedRows.map((r) => [`${r.year}:${r.kind}`, r]));
  const inKindOrder = spans.sort((a, b) => trainingKinds.indexOf(a.kind) - trainingKinds.indexOf(b.kind));
  const found = listedByYear(inKindOrder, (s) => Number(s.year), (s): TrainingFigures => {
    const a = attended.get(`${s.year}:${s.kind}`);
    return { kind: s.kind, trainings: Number(s.trainings), departments: Number(a?.departments ?? 0), people: Number(a?.people ?? 0), firstDate: s.first_date, lastDate: s.last_date };
  });
  return everyYearOf(range, found, () => []);
}
