import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type RawBuilder } from 'kysely';
import { createCore } from '../../electron/core';
import type { Db } from '../../electron/db/schema';
import { memoryLogger } from '../../electron/log';
import type { KeyValueStore } from '../../electron/settings/settingsService';
import type { ChannelName, Input, Output } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { freshRecordsLocation, testEngine } from './testDatabase';

export const tempDir = (prefix = 'minwon-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export const memoryStore = (): KeyValueStore & { data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return { data, get: (k) => structuredClone(data.get(k)), set: (k, v) => data.set(k, structuredClone(v)) };
};

/** The desk name every test core writes on its records. */
export const TEST_DESK = 'TEST-DESK';

/**
 * A whole app core on a fresh database: a real SQLite file in a new temp folder, or, when the suite
 * runs on PostgreSQL (MINWON_TEST_ENGINE=postgres), a new database on the test server. `close`
 * closes it and deletes the folder (and drops the PostgreSQL database).
 */
export async function tempCore() {
  const dataDir = tempDir();
  const store = memoryStore();
  const { logger, entries } = memoryLogger();
  const { where, drop } = await freshRecordsLocation(dataDir);
  const core = await createCore({ dataDir, store, log: logger, records: where, desk: TEST_DESK });
  const call = <K extends ChannelName>(channel: K, input: Input<K>) => core.call(channel, input) as Promise<Result<Output<K>>>;
  /** Calls a channel that must succeed, and returns its value. */
  const must = async <K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };
  let closed = false;
  /**
   * The person at the PC for what follows: tests use this rather than a session channel, so how a person
   * signs in (issue 11: a PIN, roles) is decided in one place.
   */
  const signInAs = (staffId: number) => must('session.switch', { staffId });
  return {
    signInAs,
    core,
    dataDir,
    store,
    engine: testEngine(),
    /** Where its records are: a second core (another desk) can open the same ones. */
    location: where,
    logEntries: entries,
    call,
    must,
    /** The live database (Kysely): a restore replaces it, so it is read from the core each time. */
    get db(): Db {
      return core.db;
    },
    /** The SQLite file's own handle, for tests of what only SQLite has; null on PostgreSQL. */
    get sqlite() {
      return core.records.sqlite;
    },
    /**
     * Changes when anything may have been written: SQLite's total_changes() on this connection, or
     * PostgreSQL's WAL position (which other tests' writes move too: then the caller simply looks again).
     */
    changeMarker: async (): Promise<string> =>
      core.records.sqlite
        ? String(core.records.sqlite.prepare('SELECT total_changes()').pluck().get())
        : (await sql<{ at: string }>`SELECT pg_current_wal_insert_lsn()::text AS at`.execute(core.db)).rows[0].at,
    /** Rows of a query both engines read, for checks straight on the tables. */
    rows: async <R = Record<string, unknown>>(query: RawBuilder<R>) => (await query.execute(core.db)).rows,
    close: async () => {
      if (closed) return;
      closed = true;
      await core.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    /** Closes the core but leaves its folder (and database) for a test that opens it again; the test deletes it. */
    closeKeepingFolder: async () => {
      closed = true;
      await core.close();
    },
  };
}

export type TempCore = Awaited<ReturnType<typeof tempCore>>;

/** The names of the app's tables, on either engine. */
async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((n) => !n.startsWith('sqlite_') && n !== 'schema_migration').sort();
}

/** Every row of every table: two equal snapshots mean nothing changed. Works on both engines. */
export async function snapshotDb(app: { db: Db }): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of await tableNames(app.db)) {
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(app.db)).rows;
    // Sorted in JS rather than by rowid, so WITHOUT ROWID tables and both engines compare alike.
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
