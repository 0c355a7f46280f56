import type Database from 'better-sqlite3';

/**
 * The two kinds of transaction the app runs on better-sqlite3. A unit test holds every `db.transaction(fn)`
 * in electron/ to being started IMMEDIATE (or DEFERRED for a read) where it is made, as here.
 *
 * A write starts IMMEDIATE: it takes the write lock at BEGIN, where a busy database waits out
 * busy_timeout. A DEFERRED transaction would read first and ask for the lock at its first write;
 * if another process (a second desk on the same file, the preview) committed in between, SQLite
 * answers SQLITE_BUSY_SNAPSHOT at once, without waiting, and the desk sees "database is locked".
 * Inside another transaction either one becomes a savepoint, as better-sqlite3 nests them.
 */
export function writeTransaction<A extends unknown[], R>(db: Database.Database, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => db.transaction(fn).immediate(...args);
}

/** Reads that must see one moment (a report counted from many tables); it never writes, so it takes no lock. */
export function readTransaction<A extends unknown[], R>(db: Database.Database, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => db.transaction(fn).deferred(...args);
}
