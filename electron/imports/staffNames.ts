import type { Author } from '../db/audit';
import type { Db } from '../db/schema';
import { staffRepository } from '../staff/staffRepository';

const key = (s: string) => s.normalize('NFC').replace(/\s/g, '');

export interface PersonFound {
  staffId: number;
  departmentId: number;
  departmentName: string;
  position: string;
}

/**
 * The staff list as an old sheet names people: by name, and by department where two share a name.
 * A person or department the list does not have yet is added through the staff area's own repository,
 * as the staff import adds them (once per import, whichever row names them first).
 */
export async function staffNames(db: Db) {
  const [people, departments] = await Promise.all([
    db
      .selectFrom('staff as s')
      .innerJoin('department as d', 'd.id', 's.department_id')
      .select(['s.id', 's.name', 's.department_id', 's.position', 'd.name as department_name'])
      .execute(),
    db.selectFrom('department').select(['id', 'name']).execute(),
  ]);
  const byName = new Map<string, typeof people>();
  for (const p of people) byName.set(key(p.name), [...(byName.get(key(p.name)) ?? []), p]);
  const departmentByName = new Map(departments.map((d) => [key(d.name), d.id]));

  return {
    /** The person, 'ambiguous' when the name is in several departments and none was given, or null. */
    find(name: string, departmentName = ''): PersonFound | 'ambiguous' | null {
      const all = byName.get(key(name)) ?? [];
      const inDepartment = departmentName ? all.filter((p) => key(p.department_name) === key(departmentName)) : [];
      // One person of that name who has since moved to another department is still that person.
      const found = inDepartment.length === 1 ? inDepartment[0] : all.length === 1 ? all[0] : all.length > 1 ? 'ambiguous' : null;
      if (found === 'ambiguous' || found === null) return found;
      return { staffId: found.id, departmentId: found.department_id, departmentName: found.department_name, position: found.position };
    },
    knowsDepartment: (name: string) => departmentByName.has(key(name)),
    /** The department's id, or null when the list does not have it (yet). */
    departmentId: (name: string): number | null => departmentByName.get(key(name)) ?? null,

    /** Adds the department if it is new; its id. */
    async department(trx: Db, name: string, author: Author): Promise<number> {
      const known = departmentByName.get(key(name));
      if (known !== undefined) return known;
      const repo = staffRepository(trx);
      const id = (await repo.departmentIdByName(name)) ?? (await repo.saveDepartment({ name, active: true }, author)).id;
      departmentByName.set(key(name), id);
      return id;
    },

    /** The person as found, or added to the list (and the department with them) when new. */
    async person(trx: Db, name: string, departmentName: string, position: string, author: Author): Promise<PersonFound & { added: boolean }> {
      const found = this.find(name, departmentName);
      if (found && found !== 'ambiguous') return { ...found, added: false };
      const departmentId = await this.department(trx, departmentName, author);
      const saved = await staffRepository(trx).saveStaff({ name, departmentId, position, active: true }, author);
      const row = { id: saved.id, name: saved.name, department_id: departmentId, position, department_name: departmentName };
      byName.set(key(name), [...(byName.get(key(name)) ?? []), row]);
      return { staffId: saved.id, departmentId, departmentName, position, added: true };
    },
  };
}

export type StaffNames = Awaited<ReturnType<typeof staffNames>>;
