import { authorOf } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import { requireAnAdmin } from '../session/adminGuard';
import { importStaff } from './staffImport';
import { staffRepository } from './staffRepository';

export function staffHandlers(db: Db): Handlers<'departments.list' | 'departments.save' | 'staff.list' | 'staff.save' | 'staff.import'> {
  const repo = staffRepository(db);
  return {
    'departments.list': ({ includeInactive }) => repo.listDepartments(includeInactive),
    'departments.save': (input, ctx) => writeTransaction(db, (trx) => staffRepository(trx).saveDepartment(input, authorOf(ctx))),
    'staff.list': ({ includeInactive }) => repo.listStaff(includeInactive),
    'staff.save': (input, ctx) =>
      writeTransaction(db, async (trx) => {
        const saved = await staffRepository(trx).saveStaff(input, authorOf(ctx));
        await requireAnAdmin(trx);
        return saved;
      }),
    'staff.import': ({ fileName, contentBase64 }, ctx) => importStaff(db, fileName, Buffer.from(contentBase64, 'base64'), authorOf(ctx)),
  };
}
