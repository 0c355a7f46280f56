import { roleLabel } from '../../shared/roles';
import { UserFacingError } from '../../shared/result';
import { authorOf } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import { staffRepository } from '../staff/staffRepository';
import { accountRepository } from './accountRepository';
import { requireAnAdmin } from './adminGuard';
import { isoAt } from './pinCheck';
import type { PinHasher } from './pinHash';

/**
 * The 관리자's side of the accounts, on the staff page: a person's role, a PIN for a new person or one
 * who forgot theirs, and the account log. (Who may call them is the access map's business.)
 */
export function accountHandlers(db: Db, clock: () => number, pins: PinHasher): Handlers<'staff.setRole' | 'staff.setPin' | 'staff.accountEvents'> {
  const member = async (trx: Db, staffId: number) => {
    const found = await accountRepository(trx).credentials(staffId);
    if (!found) throw new UserFacingError('not_found', '선택한 직원이 명단에 없습니다.', 'staffId');
    return found;
  };

  return {
    'staff.setRole': async ({ staffId, role }, ctx) =>
      writeTransaction(db, async (trx) => {
        const person = await member(trx, staffId);
        if (person.role !== role) {
          const accounts = accountRepository(trx);
          await accounts.setRole(staffId, role, authorOf(ctx));
          await requireAnAdmin(trx);
          await accounts.addEvent({ at: isoAt(clock()), kind: 'role_changed', staffId, byId: ctx.actor!.id, desk: ctx.desk, detail: `${roleLabel[person.role]} → ${roleLabel[role]}` });
        }
        return (await staffRepository(trx).staffById(staffId))!;
      }),

    'staff.setPin': async ({ staffId, pin }, ctx) => {
      if (staffId === ctx.actor!.id) throw new UserFacingError('invalid_input', "자기 PIN은 오른쪽 위 'PIN 바꾸기'에서 바꾸세요.", 'staffId');
      const person = await member(db, staffId);
      if (!person.active) throw new UserFacingError('invalid_input', `${person.name} 님은 재직 중이 아니어서 PIN을 정할 수 없습니다.`, 'staffId');
      const hash = await pins.hash(pin);
      return writeTransaction(db, async (trx) => {
        const accounts = accountRepository(trx);
        // The person chooses their own at the next sign-in; any wait for wrong PINs ends now.
        await accounts.setPin(staffId, hash, true, authorOf(ctx));
        await accounts.clearThrottle(staffId);
        await accounts.addEvent({ at: isoAt(clock()), kind: 'pin_reset', staffId, byId: ctx.actor!.id, desk: ctx.desk, detail: person.pinHash ? 'PIN 초기화' : '첫 PIN' });
        return (await staffRepository(trx).staffById(staffId))!;
      });
    },

    'staff.accountEvents': ({ staffId }) => accountRepository(db).events(staffId),
  };
}
