import type { SignInPerson } from '../../shared/contract/session';
import type { Role } from '../../shared/roles';
import type { AccountEvent, AccountEventKind } from '../../shared/contract/staff';
import { updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

export interface Credentials {
  id: number;
  name: string;
  departmentName: string;
  active: boolean;
  role: Role;
  pinHash: string | null;
  pinMustChange: boolean;
}

export interface NewAccountEvent {
  at: string;
  kind: AccountEventKind;
  staffId: number;
  byId: number | null;
  desk: string;
  detail?: string;
}

/** Owns the sign-in columns of staff (role, PIN hash), the sign-in throttle and the account log. */
export function accountRepository(db: Db) {
  return {
    async credentials(staffId: number): Promise<Credentials | null> {
      const row = await db
        .selectFrom('staff as s')
        .innerJoin('department as d', 'd.id', 's.department_id')
        .select(['s.id', 's.name', 'd.name as department_name', 's.active', 's.role', 's.pin_hash', 's.pin_must_change'])
        .where('s.id', '=', staffId)
        .executeTakeFirst();
      return row
        ? { id: row.id, name: row.name, departmentName: row.department_name, active: row.active === 1, role: row.role, pinHash: row.pin_hash, pinMustChange: row.pin_must_change === 1 }
        : null;
    },

    /** Someone has a PIN: the first run is over. */
    anyPin: async () => Boolean(await db.selectFrom('staff').select('id').where('pin_hash', 'is not', null).limit(1).executeTakeFirst()),
    anyStaff: async () => Boolean(await db.selectFrom('staff').select('id').limit(1).executeTakeFirst()),

    /** The names on the sign-in screen: active staff who have a PIN, by department and name. */
    people: async (): Promise<SignInPerson[]> =>
      (
        await db
          .selectFrom('staff as s')
          .innerJoin('department as d', 'd.id', 's.department_id')
          .select(['s.id', 's.name', 'd.name as department_name'])
          .where('s.active', '=', 1)
          .where('s.pin_hash', 'is not', null)
          .orderBy('d.name')
          .orderBy('s.name')
          .execute()
      ).map((r) => ({ id: r.id, name: r.name, departmentName: r.department_name })),

    /** 관리자 who can sign in: the office must always keep one. */
    activeAdminsWithPin: async (): Promise<number[]> =>
      (await db.selectFrom('staff').select('id').where('role', '=', 'admin').where('active', '=', 1).where('pin_hash', 'is not', null).execute()).map((r) => r.id),

    setPin: (staffId: number, hash: string, mustChange: boolean, author: Author | null) =>
      db
        .updateTable('staff')
        .set({ pin_hash: hash, pin_must_change: mustChange ? 1 : 0, ...(author ? updatedStamp(author) : {}) })
        .where('id', '=', staffId)
        .execute(),

    setRole: (staffId: number, role: Role, author: Author) =>
      db
        .updateTable('staff')
        .set({ role, ...updatedStamp(author) })
        .where('id', '=', staffId)
        .execute(),

    throttle: (staffId: number) => db.selectFrom('sign_in_throttle').select(['failed_count', 'wait_until']).where('staff_id', '=', staffId).executeTakeFirst(),

    /** One more wrong PIN, counted in the database itself so two desks trying at once both count. */
    async countFailure(staffId: number, at: string): Promise<number> {
      const row = await db
        .insertInto('sign_in_throttle')
        .values({ staff_id: staffId, failed_count: 1, wait_until: null, updated_at: at })
        .onConflict((oc) => oc.column('staff_id').doUpdateSet((eb) => ({ failed_count: eb('sign_in_throttle.failed_count', '+', 1), updated_at: at })))
        .returning('failed_count')
        .executeTakeFirstOrThrow();
      return row.failed_count;
    },

    setWaitUntil: (staffId: number, until: string) => db.updateTable('sign_in_throttle').set({ wait_until: until }).where('staff_id', '=', staffId).execute(),

    clearThrottle: (staffId: number) => db.deleteFrom('sign_in_throttle').where('staff_id', '=', staffId).execute(),

    addEvent: (e: NewAccountEvent) =>
      db.insertInto('account_event').values({ at: e.at, kind: e.kind, staff_id: e.staffId, by_id: e.byId, desk: e.desk, detail: e.detail ?? '' }).execute(),

    async events(staffId: number | undefined, limit = 300): Promise<AccountEvent[]> {
      const rows = await db
        .selectFrom('account_event as e')
        .leftJoin('staff as s', 's.id', 'e.staff_id')
        .leftJoin('staff as b', 'b.id', 'e.by_id')
        .select(['e.id', 'e.at', 'e.kind', 's.name as staff_name', 'b.name as by_name', 'e.desk', 'e.detail'])
        .$if(staffId !== undefined, (q) => q.where('e.staff_id', '=', staffId!))
        .orderBy('e.at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, at: r.at, kind: r.kind, staffName: r.staff_name, byName: r.by_name, desk: r.desk ?? '', detail: r.detail }));
    },
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;
