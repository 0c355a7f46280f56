import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { accountRepository, type Credentials } from './accountRepository';
import type { PinHasher } from './pinHash';
import { waitAfter, waitingMessage, wrongPinMessage } from './signInThrottle';

export interface PinCheckDeps {
  db: Db;
  /** Milliseconds since the epoch: the wall clock, or a test's. */
  clock: () => number;
  desk: string;
  pins: PinHasher;
}

export const isoAt = (ms: number) => new Date(ms).toISOString();

/**
 * Checks a person's PIN against the records, with the throttle every desk shares. A wrong PIN is
 * counted (and logged) before the refusal comes back: that refusal is the one that changes something.
 * While the name waits, no PIN is even looked at, so guessing gains nothing.
 *
 * A right PIN comes back as the person's credentials with the count still standing: the caller clears
 * it in the same transaction as what the right PIN allows (a sign-in, an unlock, a new PIN).
 */
export async function checkPin({ db, clock, desk, pins }: PinCheckDeps, staffId: number, pin: string): Promise<Credentials> {
  const accounts = accountRepository(db);
  const person = await accounts.credentials(staffId);
  if (!person || !person.active) throw new UserFacingError('not_found', '이 이름으로는 로그인할 수 없습니다. 관리자에게 문의하세요.', 'staffId');
  if (!person.pinHash) throw new UserFacingError('not_found', `${person.name} 님은 아직 PIN이 없습니다. 관리자에게 PIN을 받으세요.`, 'staffId');
  const throttle = await accounts.throttle(staffId);
  const now = clock();
  if (throttle?.wait_until && throttle.wait_until > isoAt(now)) {
    throw new UserFacingError('forbidden', waitingMessage((Date.parse(throttle.wait_until) - now) / 1000), 'pin');
  }
  if (await pins.verify(pin, person.pinHash)) return person;

  const failed = await writeTransaction(db, async (trx) => {
    const inTrx = accountRepository(trx);
    const count = await inTrx.countFailure(staffId, isoAt(now));
    const wait = waitAfter(count);
    if (wait > 0) await inTrx.setWaitUntil(staffId, isoAt(now + wait * 1000));
    await inTrx.addEvent({ at: isoAt(now), kind: 'sign_in_failed', staffId, byId: null, desk, detail: `${count}번째 틀림${wait ? `, ${wait}초 대기` : ''}` });
    return count;
  });
  throw new UserFacingError('forbidden', wrongPinMessage(failed), 'pin');
}

/**
 * After a right PIN, in the caller's transaction: the wrong-PIN count starts again, and a hash made with
 * weaker parameters than today's is replaced (`rehashed` is computed beforehand, outside the transaction).
 */
export async function afterRightPin(trx: Db, person: Credentials, rehashed: string | null) {
  const accounts = accountRepository(trx);
  await accounts.clearThrottle(person.id);
  if (rehashed) await accounts.setPin(person.id, rehashed, person.pinMustChange, null);
}

/** A new hash of the PIN just checked, when the stored one is weaker than today's parameters. */
export const rehashIfWeak = async (pins: PinHasher, person: Credentials, pin: string) => (person.pinHash && pins.needsRehash(person.pinHash) ? pins.hash(pin) : null);
