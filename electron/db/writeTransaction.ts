import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { UserFacingError } from '../../shared/result';
import { isSerializationFailure } from './constraintErrors';

/** How often a write that lost a race with another desk is tried again before the desk is told. */
const ATTEMPTS = 10;

/**
 * Every change that must stand or fall as a whole: `fn` gets the transaction and makes all its
 * reads and writes through it. Inside another transaction it simply joins it.
 *
 * On SQLite the transaction starts IMMEDIATE (see sqlite/sqliteDialect.ts), so a second process waits
 * for the lock instead of failing. On PostgreSQL it is SERIALIZABLE: two desks acting at the same
 * moment (the same wheelchair, the same month's picks) behave as if one went first, so every rule
 * the database and the code check holds under concurrency; the one that lost the race is run again
 * from the start, and then sees what the other desk did.
 */
export async function writeTransaction<DB, T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel('serializable').execute(fn);
    } catch (error) {
      if (!isSerializationFailure(error)) throw error;
      // Still losing after every retry: several desks are changing the same records right now. That is
      // a conflict the person can simply repeat, not a fault of the app.
      if (attempt >= ATTEMPTS) throw new UserFacingError('conflict', '다른 창구에서 같은 기록을 동시에 바꾸고 있어 저장하지 못했습니다. 잠시 뒤 다시 하세요.');
      // A little random wait, growing, so the desks that collided do not collide again in step.
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
}

/** Reads that must see one moment (a report counted from many tables). Takes no write lock. */
export async function readTransaction<DB, T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
}
