import { trainingKinds } from '../../shared/contract/trainings';
import type { DateRange, TrainingFigures } from '../../shared/figures';
import type { Db } from '../db/schema';
import { attendedPeople } from './attendedPeople';

/** One entry per kind of training that had a session in the range, in the kinds' own order. */
export async function trainingFigures(db: Db, range: DateRange): Promise<TrainingFigures[]> {
  const [spans, attendedRows] = await Promise.all([
    // Sessions in the range decide which trainings count and the span they are written with.
    db
      .selectFrom('training as t')
      .innerJoin('training_session as s', 's.training_id', 't.id')
      .select((eb) => ['t.kind', eb.fn.count<number>('t.id').distinct().as('trainings'), eb.fn.min('s.date').as('first_date'), eb.fn.max('s.date').as('last_date')])
      .where('s.date', '>=', range.from)
      .where('s.date', '<=', range.to)
      .groupBy('t.kind')
      .execute(),
    // Departments are distinct across named attendance and head counts alike.
    db
      .selectFrom('training_attended')
      .select((eb) => ['kind', attendedPeople().as('people'), eb.fn.count<number>('department_id').distinct().as('departments')])
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .groupBy('kind')
      .execute(),
  ]);
  const attended = new Map(attendedRows.map((r) => [r.kind, r]));
  return spans
    .sort((a, b) => trainingKinds.indexOf(a.kind) - trainingKinds.indexOf(b.kind))
    .map((s) => ({
      kind: s.kind,
      trainings: Number(s.trainings),
      departments: Number(attended.get(s.kind)?.departments ?? 0),
      people: Number(attended.get(s.kind)?.people ?? 0),
      firstDate: s.first_date,
      lastDate: s.last_date,
    }));
}
