import { trainingKinds } from '../../shared/contract/trainings';
import type { DateRange, TrainingFigures } from '../../shared/figures';
import type { Db } from '../db/connection';

// Prepared once per connection: the report asks once per year of its period.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  return {
    // Sessions in the range decide which trainings count and the span they are written with.
    spans: db.prepare(`
      SELECT t.kind, count(DISTINCT t.id) AS trainings, min(s.date) AS first_date, max(s.date) AS last_date
      FROM training t JOIN training_session s ON s.training_id = t.id
      WHERE s.date BETWEEN @from AND @to
      GROUP BY t.kind`),
    // A named person counts once however many sessions they sat; a head count adds its number,
    // since nobody in it is named. Departments are distinct across both.
    attended: db.prepare(`
      SELECT kind,
             count(DISTINCT staff_id) + coalesce(sum(CASE WHEN staff_id IS NULL THEN head_count END), 0) AS people,
             count(DISTINCT department_id) AS departments
      FROM training_attended
      WHERE date BETWEEN @from AND @to
      GROUP BY kind`),
  };
}

/** One entry per kind of training that had a session in the range, in the kinds' own order. */
export function trainingFigures(db: Db, range: DateRange): TrainingFigures[] {
  let stmt = prepared.get(db);
  if (!stmt) prepared.set(db, (stmt = prepare(db)));
  const spans = stmt.spans.all(range) as { kind: string; trainings: number; first_date: string; last_date: string }[];
  const attended = new Map(
    (stmt.attended.all(range) as { kind: string; people: number; departments: number }[]).map((r) => [r.kind, r]),
  );
  return spans
    .sort((a, b) => trainingKinds.indexOf(a.kind as never) - trainingKinds.indexOf(b.kind as never))
    .map((s) => ({
      kind: s.kind,
      trainings: s.trainings,
      departments: attended.get(s.kind)?.departments ?? 0,
      people: attended.get(s.kind)?.people ?? 0,
      firstDate: s.first_date,
      lastDate: s.last_date,
    }));
}
