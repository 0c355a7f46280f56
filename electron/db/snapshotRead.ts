import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, type Compilable, type SelectQueryBuilder } from 'kysely';
import { engineOf } from './engine';
import type { Records } from './records';
import type { Db } from './schema';
import { sqliteDialect } from './sqlite/sqliteDialect';
import { readTransaction } from './writeTransaction';

/**
 * Reads that take as long as a download yet must see one moment, so a file's title count, its summary and
 * its rows agree while other desks go on writing.
 *
 * PostgreSQL: a read-only REPEATABLE READ transaction on one connection of the pool; the others serve the desk.
 * SQLite: the app's one connection cannot be held for the length of a download (every other call of the
 * desk would run inside that transaction), so the snapshot is taken on a second, read-only connection to the
 * same file, which WAL lets read one moment while the desk writes on the first.
 */
export async function snapshotRead<T>(records: Pick<Records, 'db' | 'sqlite'>, fn: (db: Db) => Promise<T>): Promise<T> {
  if (!records.sqlite) return readTransaction(records.db, fn);
  const raw = new Database(records.sqlite.name, { readonly: true, fileMustExist: true });
  raw.pragma('busy_timeout = 5000');
  const db: Db = new Kysely({ dialect: sqliteDialect(raw) });
  try {
    return await readTransaction(db, fn);
  } finally {
    // Kysely's destroy closes the connection it was given.
    await db.destroy();
  }
}

/**
 * How many rows a long list hands on at a time: the writer waits for its reader between pages. Measured on a
 * year's file (tests/bench/exports.bench.ts): 1000 rows a page cost PostgreSQL 8 MB more at the peak and were no
 * quicker on either engine.
 */
export const PAGE_ROWS = 250;

let cursors = 0;

/**
 * The rows of one query, a page at a time, inside snapshotRead's `db`: the query runs (and sorts) once, and
 * its rows are fetched as they are written out, so a ten-year list is never whole in memory. SQLite steps the
 * statement on the snapshot's own connection; PostgreSQL fetches from a cursor declared in the snapshot's
 * transaction, the next page on its way over the network while this one is written. Stopping early (a
 * cancelled download) closes either.
 */
export async function* queryPages<Raw, Row>(db: Db, query: SelectQueryBuilder<any, any, Raw> & Compilable<Raw>, toRow: (raw: Raw) => Row, size = PAGE_ROWS): AsyncGenerator<Row[]> {
  const compiled = query.compile();
  if (engineOf(db) === 'sqlite') {
    // The executor's own stream hands on whole pages (sqliteDialect's streamQuery); the builder's would hand on rows one by one.
    for await (const { rows } of db.getExecutor().stream<Raw>(compiled, size)) yield rows.map(toRow);
    return;
  }
  const cursor = `export_rows_${++cursors}`;
  await db.executeQuery(CompiledQuery.raw(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${compiled.sql}`, [...compiled.parameters]));
  const fetchPage = () => {
    const page = db.executeQuery<Raw>(CompiledQuery.raw(`FETCH FORWARD ${size} FROM ${cursor}`)).then((r) => r.rows);
    // Awaited below; until then a failure must not count as unhandled.
    page.catch(() => {});
    return page;
  };
  let next = fetchPage();
  try {
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      next = fetchPage();
      yield rows.map(toRow);
    }
  } finally {
    await next.catch(() => {});
    // After a failed fetch the transaction is already aborted, and its end closes the cursor anyway.
    await db.executeQuery(CompiledQuery.raw(`CLOSE ${cursor}`)).catch(() => {});
  }
}
