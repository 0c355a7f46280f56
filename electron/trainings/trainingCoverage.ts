import type { TrainingCoverage, TrainingKind } from '../../shared/contract/trainings';
import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

/**
 * The yearly requirement (연 1회): which departments nobody has attended from, and which staff of the
 * frontline departments have not attended yet. Only named attendance can say who; a head count says
 * only that someone of the department came.
 */
export function trainingCoverage(db: Db) {
  const stmt = {
    // Grouped once for the year rather than asked per department or per person (the view is a union).
    departments: db.prepare(`
      SELECT d.id, d.name, coalesce(a.people, 0) AS people,
             EXISTS (SELECT 1 FROM training_frontline_department f WHERE f.department_id = d.id) AS frontline
      FROM department d
      LEFT JOIN (
        SELECT department_id,
               count(DISTINCT staff_id) + coalesce(sum(CASE WHEN staff_id IS NULL THEN head_count END), 0) AS people
        FROM training_attended WHERE kind = @kind AND date BETWEEN @from AND @to
        GROUP BY department_id
      ) a ON a.department_id = d.id
      WHERE d.active = 1 ORDER BY d.name`),
    notAttended: db.prepare(`
      SELECT s.id, s.name, d.name AS department_name, s.position
      FROM staff s
      JOIN department d ON d.id = s.department_id
      JOIN training_frontline_department f ON f.department_id = s.department_id
      WHERE s.active = 1 AND d.active = 1
        AND s.id NOT IN (SELECT staff_id FROM training_attended
                         WHERE staff_id IS NOT NULL AND kind = @kind AND date BETWEEN @from AND @to)
      ORDER BY d.name, s.name`),
    frontline: db.prepare(`SELECT department_id FROM training_frontline_department ORDER BY department_id`),
    clearFrontline: db.prepare(`DELETE FROM training_frontline_department`),
    addFrontline: db.prepare(`INSERT INTO training_frontline_department (department_id) VALUES (?)`),
    departmentExists: db.prepare(`SELECT 1 FROM department WHERE id = ?`),
  };

  return {
    coverage(year: number, kind: TrainingKind): TrainingCoverage {
      const params = { kind, from: `${year}-01-01`, to: `${year}-12-31` };
      return {
        year,
        kind,
        departments: (stmt.departments.all(params) as { id: number; name: string; people: number; frontline: number }[]).map((r) => ({
          departmentId: r.id,
          departmentName: r.name,
          people: r.people,
          frontline: r.frontline === 1,
        })),
        frontlineStaffNotAttended: (stmt.notAttended.all(params) as { id: number; name: string; department_name: string; position: string }[]).map(
          (r) => ({ staffId: r.id, name: r.name, departmentName: r.department_name, position: r.position }),
        ),
      };
    },

    /** Replaces the set of frontline departments in one transaction, so the list is never half-saved. */
    setFrontline: writeTransaction(db, (departmentIds: number[]) => {
      const ids = [...new Set(departmentIds)];
      ids.forEach((id, i) => {
        if (!stmt.departmentExists.get(id)) throw new UserFacingError('not_found', '없는 부서입니다. 부서 목록을 새로 고쳐 보세요.', `departmentIds.${i}`);
      });
      stmt.clearFrontline.run();
      for (const id of ids) stmt.addFrontline.run(id);
      return { departmentIds: (stmt.frontline.all() as { department_id: number }[]).map((r) => r.department_id) };
    }),
  };
}
