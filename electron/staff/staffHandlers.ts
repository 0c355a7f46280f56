import type { Db } from '../db/connection';
import type { Handlers } from '../ipc/handlerTypes';
import { importStaff } from './staffImport';
import type { StaffRepository } from './staffRepository';

export function staffHandlers(
  db: Db,
  repo: StaffRepository,
): Handlers<'departments.list' | 'departments.save' | 'staff.list' | 'staff.save' | 'staff.import'> {
  return {
    'departments.list': ({ includeInactive }) => repo.listDepartments(includeInactive),
    'departments.save': (input, { actor }) => repo.saveDepartment(input, actor?.id ?? null),
    'staff.list': ({ includeInactive }) => repo.listStaff(includeInactive),
    'staff.save': (input, { actor }) => repo.saveStaff(input, actor?.id ?? null),
    'staff.import': ({ fileName, contentBase64 }, { actor }) =>
      importStaff(db, repo, fileName, Buffer.from(contentBase64, 'base64'), actor?.id ?? null),
  };
}
