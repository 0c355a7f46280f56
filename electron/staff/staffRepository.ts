import { sql } from 'kysely';
import type { Role } from '../../shared/roles';
import type { Department, StaffMember } from '../../shared/contract/staff';
import { UserFacingError } from '../../shared/result';
import { createdStamp, isUniqueViolation, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

const toStaff = (r: {
  id: number;
  name: string;
  department_id: number;
  department_name: string;
  position: string;
  active: number;
  role: Role;
  has_pin: number;
  created_by_name: string | null;
  updated_by_name: string | null;
  updated_at: string;
}): StaffMember => ({
  id: r.id,
  name: r.name,
  departmentId: r.department_id,
  departmentName: r.department_name,
  position: r.position,
  active: r.active === 1,
  role: r.role,
  hasPin: Number(r.has_pin) === 1,
  createdByName: r.created_by_name,
  updatedByName: r.updated_by_name,
  updatedAt: r.updated_at,
});

export interface StaffFields {
  name: string;
  departmentId: number;
  position: string;
  active: boolean;
}

/** Owns the staff and department tables; every query on them lives here. */
export function staffRepository(db: Db) {
  const staffQuery = () =>
    db
      .selectFrom('staff as s')
      .innerJoin('department as d', 'd.id', 's.department_id')
      .leftJoin('staff as c', 'c.id', 's.created_by')
      .leftJoin('staff as u', 'u.id', 's.updated_by')
      .select(['s.id', 's.name', 's.department_id', 'd.name as department_name', 's.position', 's.active', 's.updated_at', 'c.name as created_by_name', 'u.name as updated_by_name', 's.role'])
      // Whether a PIN is set, never the hash itself: the hash stays with the sign-in code.
      .select(sql<number>`CASE WHEN s.pin_hash IS NULL THEN 0 ELSE 1 END`.as('has_pin'));

  const departments = (includeInactive: boolean, id?: number) =>
    db
      .selectFrom('department as d')
      .select((eb) => [
        'd.id',
        'd.name',
        'd.active',
        eb.selectFrom('staff as s').select(eb.fn.countAll<number>().as('n')).whereRef('s.department_id', '=', 'd.id').where('s.active', '=', 1).as('staff_count'),
      ])
      .$if(!includeInactive, (q) => q.where('d.active', '=', 1))
      .$if(id !== undefined, (q) => q.where('d.id', '=', id!))
      .orderBy('d.name')
      .execute()
      .then((rows) => rows.map((r): Department => ({ id: r.id, name: r.name, active: r.active === 1, staffCount: Number(r.staff_count ?? 0) })));

  const repo = {
    listDepartments: (includeInactive: boolean): Promise<Department[]> => departments(includeInactive),

    departmentIdByName: async (name: string): Promise<number | null> =>
      (await db.selectFrom('department').select('id').where('name', '=', name).executeTakeFirst())?.id ?? null,

    async saveDepartment(input: { id?: number; name: string; active: boolean }, author: Author): Promise<Department> {
      const fields = { name: input.name, active: input.active ? 1 : 0 };
      try {
        let id = input.id;
        if (id === undefined) {
          id = (await db.insertInto('department').values({ ...fields, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
        } else {
          const changed = await db.updateTable('department').set({ ...fields, ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst();
          if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 부서가 없습니다.');
        }
        return (await departments(true, id))[0];
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.name}' 부서가 이미 있습니다.`, 'name');
        throw error;
      }
    },

    listStaff: async (includeInactive: boolean): Promise<StaffMember[]> =>
      (await staffQuery().$if(!includeInactive, (q) => q.where('s.active', '=', 1)).orderBy('d.name').orderBy('s.name').execute()).map(toStaff),

    staffById: async (id: number): Promise<StaffMember | null> => {
      const row = await staffQuery().where('s.id', '=', id).executeTakeFirst();
      return row ? toStaff(row) : null;
    },

    staffIdByNameAndDepartment: async (name: string, departmentId: number): Promise<number | null> =>
      (await db.selectFrom('staff').select('id').where('name', '=', name).where('department_id', '=', departmentId).executeTakeFirst())?.id ?? null,

    async saveStaff(input: StaffFields & { id?: number }, author: Author): Promise<StaffMember> {
      if (!(await db.selectFrom('department').select('id').where('id', '=', input.departmentId).executeTakeFirst())) {
        throw new UserFacingError('not_found', '선택한 부서가 없습니다.', 'departmentId');
      }
      const fields = { name: input.name, department_id: input.departmentId, position: input.position, active: input.active ? 1 : 0 };
      try {
        let id = input.id;
        if (id === undefined) {
          id = (await db.insertInto('staff').values({ ...fields, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
        } else {
          const changed = await db.updateTable('staff').set({ ...fields, ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst();
          if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 직원이 없습니다.');
        }
        return (await repo.staffById(id))!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `같은 부서에 '${input.name}' 직원이 이미 있습니다.`, 'name');
        throw error;
      }
    },
  };
  return repo;
}

export type StaffRepository = ReturnType<typeof staffRepository>;
