import { SIGN_IN_FIRST } from '../../shared/contract/access';
import type { SessionState } from '../../shared/contract/session';
import { UserFacingError } from '../../shared/result';
import { isConnectionLost } from '../db/constraintErrors';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import type { SettingsService } from '../settings/settingsService';
import { staffRepository } from '../staff/staffRepository';
import { accountRepository, type Credentials } from './accountRepository';
import type { DeskSession } from './deskSession';
import { afterRightPin, checkPin, isoAt, rehashIfWeak } from './pinCheck';
import type { PinHasher } from './pinHash';
import { waitAfter, waitingMessage, wrongPinMessage } from './signInThrottle';

export interface SessionHandlerDeps {
  db: Db;
  session: DeskSession;
  settings: SettingsService;
  clock: () => number;
  desk: string;
  /** The office's idle time, also while the office server is gone (the last one read). */
  lockAfterMinutes: () => Promise<number>;
  pins: PinHasher;
}

type SessionChannel =
  | 'session.current'
  | 'session.people'
  | 'session.signIn'
  | 'session.firstRun'
  | 'session.lock'
  | 'session.unlock'
  | 'session.signOut'
  | 'session.stillHere'
  | 'session.changePin';

export const MUST_CHANGE_PIN = '관리자가 정한 임시 PIN입니다. 앞으로 쓸 새 PIN을 정해 두 번 입력하세요.';

/**
 * Signing in and out, the first run, and the lock. The person signed in lives in the core's memory
 * (deskSession); these handlers are the only way in, each through the person's PIN.
 */
export function sessionHandlers({ db, session, settings, clock, desk, lockAfterMinutes, pins }: SessionHandlerDeps): Handlers<SessionChannel> {
  const accounts = accountRepository(db);
  const at = () => isoAt(clock());
  /** Wrong PINs while unlocking without the office server: counted here until it is back. */
  const offline = { failed: 0, waitUntil: 0 };

  const signedIn = (person: Credentials, pinHash: string) =>
    session.signIn({ staffId: person.id, name: person.name, departmentName: person.departmentName, role: person.role, pinHash });

  const state = async (): Promise<SessionState> => {
    let firstRun: SessionState['firstRun'] = null;
    try {
      const person = session.person();
      if (person) {
        // Marked 퇴직 or removed at another desk since: nobody is signed in any more.
        const fresh = await accounts.credentials(person.staffId);
        if (!fresh?.active) session.signOut();
        else session.refresh(fresh);
      }
      firstRun = (await accounts.anyPin()) ? null : { upgraded: await accounts.anyStaff() };
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
    }
    const person = session.person();
    return {
      staffId: person?.staffId ?? null,
      name: person?.name ?? null,
      departmentName: person?.departmentName ?? null,
      role: person?.role ?? null,
      locked: session.locked(),
      firstRun,
      lastStaffId: settings.lastStaffId(),
      lockAfterMinutes: await lockAfterMinutes(),
    };
  };

  /** The wrong-PIN rule when the records cannot be asked: the same waits, kept in memory. */
  const unlockWithoutServer = async (pin: string, pinHash: string) => {
    const now = clock();
    if (offline.waitUntil > now) throw new UserFacingError('forbidden', waitingMessage((offline.waitUntil - now) / 1000), 'pin');
    if (await pins.verify(pin, pinHash)) {
      offline.failed = 0;
      return;
    }
    offline.failed++;
    offline.waitUntil = now + waitAfter(offline.failed) * 1000;
    throw new UserFacingError('forbidden', wrongPinMessage(offline.failed), 'pin');
  };

  return {
    'session.current': () => state(),
    'session.people': () => accounts.people(),

    'session.signIn': async ({ staffId, pin, newPin }) => {
      const person = await checkPin({ db, clock, desk, pins }, staffId, pin);
      if (person.pinMustChange && newPin === undefined) {
        await writeTransaction(db, (trx) => afterRightPin(trx, person, null));
        throw new UserFacingError('invalid_input', MUST_CHANGE_PIN, 'newPin');
      }
      const hash = newPin === undefined ? await rehashIfWeak(pins, person, pin) : await pins.hash(newPin);
      const previous = session.person();
      await writeTransaction(db, async (trx) => {
        const inTrx = accountRepository(trx);
        await afterRightPin(trx, person, null);
        if (hash) await inTrx.setPin(person.id, hash, false, null);
        if (newPin !== undefined) await inTrx.addEvent({ at: at(), kind: 'pin_changed', staffId: person.id, byId: null, desk, detail: '로그인하며 새 PIN' });
        if (previous && previous.staffId !== person.id) {
          await inTrx.addEvent({ at: at(), kind: 'signed_out', staffId: previous.staffId, byId: null, desk, detail: '사용자 바꿈' });
        }
        await inTrx.addEvent({ at: at(), kind: 'signed_in', staffId: person.id, byId: null, desk });
      });
      signedIn(person, hash ?? person.pinHash!);
      settings.rememberLastStaff(person.id);
      return state();
    },

    'session.firstRun': async ({ departmentName, name, position, pin }) => {
      const hash = await pins.hash(pin);
      const author = { staffId: null, desk };
      const staffId = await writeTransaction(db, async (trx) => {
        const inTrx = accountRepository(trx);
        if (await inTrx.anyPin()) throw new UserFacingError('conflict', '관리자가 이미 정해졌습니다. 이름을 고르고 PIN으로 로그인하세요.');
        const staff = staffRepository(trx);
        const departmentId = (await staff.departmentIdByName(departmentName)) ?? (await staff.saveDepartment({ name: departmentName, active: true }, author)).id;
        const listed = await staff.staffIdByNameAndDepartment(name, departmentId);
        const id = listed ?? (await staff.saveStaff({ name, departmentId, position, active: true }, author)).id;
        if (listed !== null && !(await staff.staffById(listed))!.active) {
          throw new UserFacingError('conflict', `${name} 님은 명단에 재직 중이 아닌 직원으로 있습니다. 직원 명단에서 재직으로 바꾼 뒤 다시 하세요.`, 'name');
        }
        await inTrx.setPin(id, hash, false, author);
        await inTrx.setRole(id, 'admin', author);
        await inTrx.addEvent({ at: at(), kind: 'first_admin', staffId: id, byId: null, desk, detail: listed === null ? '새 직원으로 등록' : '명단의 직원' });
        await inTrx.addEvent({ at: at(), kind: 'signed_in', staffId: id, byId: null, desk });
        return id;
      });
      signedIn((await accounts.credentials(staffId))!, hash);
      settings.rememberLastStaff(staffId);
      return state();
    },

    'session.lock': () => {
      session.lock();
      return state();
    },

    'session.unlock': async ({ pin }) => {
      const person = session.person();
      if (!person) throw new UserFacingError('forbidden', SIGN_IN_FIRST);
      if (!session.locked()) return state();
      try {
        const checked = await checkPin({ db, clock, desk, pins }, person.staffId, pin);
        const rehashed = await rehashIfWeak(pins, checked, pin);
        await writeTransaction(db, async (trx) => {
          await afterRightPin(trx, checked, rehashed);
          await accountRepository(trx).addEvent({ at: at(), kind: 'signed_in', staffId: checked.id, byId: null, desk, detail: '잠금 해제' });
        });
        if (rehashed) session.signIn({ ...person, pinHash: rehashed });
      } catch (error) {
        if (!isConnectionLost(error)) throw error;
        await unlockWithoutServer(pin, person.pinHash);
      }
      session.unlock();
      return state();
    },

    'session.signOut': async () => {
      const person = session.person();
      if (person) {
        await accounts.addEvent({ at: at(), kind: 'signed_out', staffId: person.staffId, byId: null, desk }).catch((error: unknown) => {
          if (!isConnectionLost(error)) throw error;
        });
      }
      session.signOut();
      return state();
    },

    'session.stillHere': async () => ({ lockAfterMinutes: await lockAfterMinutes() }),

    'session.changePin': async ({ pin, newPin }, ctx) => {
      const person = await checkPin({ db, clock, desk, pins }, ctx.actor!.id, pin);
      const hash = await pins.hash(newPin);
      await writeTransaction(db, async (trx) => {
        await afterRightPin(trx, person, null);
        await accountRepository(trx).setPin(person.id, hash, false, null);
        await accountRepository(trx).addEvent({ at: at(), kind: 'pin_changed', staffId: person.id, byId: null, desk });
      });
      const current = session.person();
      if (current?.staffId === person.id) session.signIn({ ...current, pinHash: hash });
      return { changed: true as const };
    },
  };
}
