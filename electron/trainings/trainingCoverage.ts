import type { TrainingCoverage, TrainingKind } from '../../shared/contract/trainings';
import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/schema';
import { attendedPeople } from './attendedPeople';

/**
 * The yearly requirement (연 1회): which departments nobody has attended from, and which staff of the
 * frontline departments have not attended yet. Only named attendance can say who; a head count says
 * only that someone of the department came.
 */
export function trainingCoverage(db: Db) {
  const attendedIn = (kind: TrainingKind, from: string, to: string) =>
    db.selectFrom('training_attended').where('kind', '=', kind).where('date', '>=', from).where('date', '<=', to);

  return {
    async coverage(year: number, kind: TrainingKind): Promise<TrainingCoverage> {
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      const [departments, notAttended] = await Promise.all([
        // Grouped once for the year rather than asked per department or per person (the view is a union).
        db
          .selectFrom('department as d')
          .leftJoin(
            attendedIn(kind, from, to).select(['department_id', attendedPeople().as('people')]).groupBy('department_id').as('a'),
            'a.department_id',
            'd.id',
          )
          .leftJoin('training_frontline_department as f', 'f.department_id', 'd.id')
          .select((eb) => ['d.id', 'd.name', eb.fn.coalesce('a.people', eb.lit(0)).as('people'), 'f.department_id as frontline_id'])
          .where('d.active', '=', 1)
          .orderBy('d.name')
          .execute(),
        db
          .selectFrom('staff as s')
          .innerJoin('department as d', 'd.id', 's.department_id')
          .innerJoin('training_frontline_department as f', 'f.department_id', 's.department_id')
          .select(['s.id', 's.name', 'd.name as department_name', 's.position'])
          .where('s.active', '=', 1)
          .where('d.active', '=', 1)
          .where('s.id', 'not in', attendedIn(kind, from, to).select('staff_id').where('staff_id', 'is not', null).$narrowType<{ staff_id: number }>())
          .orderBy('d.name')
          .orderBy('s.name')
          .execute(),
      ]);
      return {
        year,
        kind,
        departments: departments.map((r) => ({ departmentId: r.id, departmentName: r.name, people: Number(r.people), frontline: r.frontline_id !== null })),
        frontlineStaffNotAttended: notAttended.map((r) => ({ staffId: r.id, name: r.name, departmentName: r.department_name, position: r.position })),
      };
    },

    /** Replaces the set of frontline departments; the caller runs it in a transaction, so the list is never half-saved. */
    async setFrontline(departmentIds: number[]): Promise<{ departmentIds: number[] }> {
      const ids = [...new Set(departmentIds)];
      const known = new Set(ids.length === 0 ? [] : (await db.selectFrom('department').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
      ids.forEach((id, i) => {
        if (!known.has(id)) throw new UserFacingError('not_found', '없는 부서입니다. 부서 목록을 새로 고쳐 보세요.', `departmentIds.${i}`);
      });
      await db.deleteFrom('training_frontline_department').execute();
      if (ids.length > 0) await db.insertInto('training_frontline_department').values(ids.map((id) => ({ department_id: id }))).execute();
      const rows = await db.selectFrom('training_frontline_department').select('department_id').orderBy('department_id').execute();
      return { departmentIds: rows.map((r) => r.department_id) };
    },
  };
}
