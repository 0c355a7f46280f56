import type Database from 'better-sqlite3';
import type { StaffMember } from '../../shared/contract/staff';

/**
 * TRANSITIONAL (issue 10): the synchronous staff look-ups the areas not yet moved to the two-engine
 * data layer still call. Removed when the last area is moved.
 */
export function legacyStaffLookup(raw: Database.Database) {
  const select = `
    SELECT s.id, s.name, s.department_id, d.name AS department_name, s.position, s.active, s.updated_at,
           c.name AS created_by_name, u.name AS updated_by_name
    FROM staff s JOIN department d ON d.id = s.department_id
    LEFT JOIN staff c ON c.id = s.created_by LEFT JOIN staff u ON u.id = s.updated_by`;
  const toStaff = (r: Record<string, unknown>): StaffMember => ({
    id: r.id as number,
    name: r.name as string,
    departmentId: r.department_id as number,
    departmentName: r.department_name as string,
    position: r.position as string,
    active: r.active === 1,
    createdByName: r.created_by_name as string | null,
    updatedByName: r.updated_by_name as string | null,
    updatedAt: r.updated_at as string,
  });
  return {
    staffById: (id: number): StaffMember | null => {
      const row = raw.prepare(`${select} WHERE s.id = ?`).get(id) as Record<string, unknown> | undefined;
      return row ? toStaff(row) : null;
    },
    listStaff: (includeInactive: boolean): StaffMember[] =>
      (raw.prepare(`${select} WHERE s.active = 1 OR ? ORDER BY d.name, s.name`).all(includeInactive ? 1 : 0) as Record<string, unknown>[]).map(toStaff),
  };
}
