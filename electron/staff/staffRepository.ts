import type { Department, StaffMember } from '../../shared/contract/staff';
import { UserFacingError } from '../../shared/result';
import { isUniqueViolation, nowIso } from '../db/audit';
import type { Db } from '../db/connection';

interface StaffRow {
  id: number;
  name: string;
  department_id: number;
  department_name: string;
  position: string;
  active: number;
  created_by_name: string | null;
  updated_by_name: string | null;
  updated_at: string;
}

const toStaff = (r: StaffRow): StaffMember => ({
  id: r.id,
  name: r.name,
  departmentId: r.department_id,
  departmentName: r.department_name,
  position: r.position,
  active: r.active === 1,
  createdByName: r.created_by_name,
  updatedByName: r.updated_by_name,
  updatedAt: r.updated_at,
});

const STAFF_SELECT = `
  SELECT s.id, s.name, s.department_id, d.name AS department_name, s.position, s.active, s.updated_at,
         c.name AS created_by_name, u.name AS updated_by_name
  FROM staff s
  JOIN department d ON d.id = s.department_id
  LEFT JOIN staff c ON c.id = s.created_by
  LEFT JOIN staff u ON u.id = s.updated_by`;

export interface StaffFields {
  name: string;
  departmentId: number;
  position: string;
  active: boolean;
}

/** Owns the staff and department tables; every query on them lives here. */
export function staffRepository(db: Db) {
  const stmt = {
    listDepartments: db.prepare(`
      SELECT d.id, d.name, d.active, (SELECT count(*) FROM staff s WHERE s.department_id = d.id AND s.active = 1) AS staff_count
      FROM department d WHERE d.active = 1 OR @includeInactive ORDER BY d.name`),
    departmentById: db.prepare(`SELECT id, name, active, 0 AS staff_count FROM department WHERE id = ?`),
    departmentByName: db.prepare(`SELECT id FROM department WHERE name = ?`),
    insertDepartment: db.prepare(`
      INSERT INTO department (name, active, created_at, created_by, updated_at, updated_by)
      VALUES (@name, @active, @now, @actor, @now, @actor)`),
    updateDepartment: db.prepare(`
      UPDATE department SET name = @name, active = @active, updated_at = @now, updated_by = @actor WHERE id = @id`),
    listStaff: db.prepare(`${STAFF_SELECT} WHERE s.active = 1 OR @includeInactive ORDER BY d.name, s.name`),
    staffById: db.prepare(`${STAFF_SELECT} WHERE s.id = ?`),
    staffByNameDept: db.prepare(`SELECT id FROM staff WHERE name = ? AND department_id = ?`),
    insertStaff: db.prepare(`
      INSERT INTO staff (name, department_id, position, active, created_at, created_by, updated_at, updated_by)
      VALUES (@name, @departmentId, @position, @active, @now, @actor, @now, @actor)`),
    updateStaff: db.prepare(`
      UPDATE staff SET name = @name, department_id = @departmentId, position = @position, active = @active,
             updated_at = @now, updated_by = @actor
      WHERE id = @id`),
  };

  const toDepartment = (r: { id: number; name: string; active: number; staff_count: number }): Department => ({
    id: r.id,
    name: r.name,
    active: r.active === 1,
    staffCount: r.staff_count,
  });

  const requireDepartment = (id: number) => {
    if (!stmt.departmentById.get(id)) throw new UserFacingError('not_found', '선택한 부서가 없습니다.', 'departmentId');
  };

  const repo = {
    listDepartments: (includeInactive: boolean): Department[] =>
      (stmt.listDepartments.all({ includeInactive: includeInactive ? 1 : 0 }) as never[]).map(toDepartment),

    departmentIdByName: (name: string): number | null =>
      (stmt.departmentByName.get(name) as { id: number } | undefined)?.id ?? null,

    saveDepartment(input: { id?: number; name: string; active: boolean }, actorId: number | null): Department {
      const params = { name: input.name, active: input.active ? 1 : 0, now: nowIso(), actor: actorId };
      try {
        let id = input.id;
        if (id === undefined) {
          id = Number(stmt.insertDepartment.run(params).lastInsertRowid);
        } else if (stmt.updateDepartment.run({ ...params, id }).changes === 0) {
          throw new UserFacingError('not_found', '수정할 부서가 없습니다.');
        }
        return repo.listDepartments(true).find((d) => d.id === id)!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.name}' 부서가 이미 있습니다.`, 'name');
        throw error;
      }
    },

    listStaff: (includeInactive: boolean): StaffMember[] =>
      (stmt.listStaff.all({ includeInactive: includeInactive ? 1 : 0 }) as StaffRow[]).map(toStaff),

    staffById: (id: number): StaffMember | null => {
      const row = stmt.staffById.get(id) as StaffRow | undefined;
      return row ? toStaff(row) : null;
    },

    staffIdByNameAndDepartment: (name: string, departmentId: number): number | null =>
      (stmt.staffByNameDept.get(name, departmentId) as { id: number } | undefined)?.id ?? null,

    saveStaff(input: StaffFields & { id?: number }, actorId: number | null): StaffMember {
      requireDepartment(input.departmentId);
      const params = { ...input, active: input.active ? 1 : 0, now: nowIso(), actor: actorId };
      try {
        let id = input.id;
        if (id === undefined) {
          id = Number(stmt.insertStaff.run(params).lastInsertRowid);
        } else if (stmt.updateStaff.run({ ...params, id }).changes === 0) {
          throw new UserFacingError('not_found', '수정할 직원이 없습니다.');
        }
        return repo.staffById(id)!;
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new UserFacingError('conflict', `같은 부서에 '${input.name}' 직원이 이미 있습니다.`, 'name');
        }
        throw error;
      }
    },
  };
  return repo;
}

export type StaffRepository = ReturnType<typeof staffRepository>;
