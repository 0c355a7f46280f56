import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type RawBuilder } from 'kysely';
import { createCore } from '../../electron/core';
import type { Db } from '../../electron/db/schema';
import { memoryLogger } from '../../electron/log';
import type { KeyValueStore } from '../../electron/settings/settingsService';
import type { ChannelName, Input, Output } from '../../shared/contract';
import type { Role } from '../../shared/roles';
import type { Result } from '../../shared/result';
import { freshRecordsLocation, testEngine } from './testDatabase';

export const tempDir = (prefix = 'minwon-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export const memoryStore = (): KeyValueStore & { data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return { data, get: (k) => structuredClone(data.get(k)), set: (k, v) => data.set(k, structuredClone(v)) };
};

/** The desk name every test core writes on its records. */
export const TEST_DESK = 'TEST-DESK';

/** The PIN of every first-run 관리자 the tests make. */
export const TEST_ADMIN_PIN = '2580';
/** The PIN a person picks at their first sign-in, after the 관리자 gave them a temporary one. */
export const TEST_PIN = '1357';
const TEMPORARY_PIN = '9999';

/**
 * The 관리자 a test core starts with, through the real first-run channel: in a department of their own,
 * so the lists of the departments a test makes stay as they were (a list of all departments or all
 * staff shows this one more).
 */
export const TEST_ADMIN = { departmentName: '정보화팀', name: '관리자' } as const;

/**
 * The wall clock as the core reads it in tests: real time, untouched by a test that fakes Date to set
 * the desk's day (vi.setSystemTime), so moving the day does not count as a person being away.
 */
const clockStartedAt = Date.now();
const perfStartedAt = performance.now();
export const realClock = () => clockStartedAt + (performance.now() - perfStartedAt);

export interface TempCoreOptions {
  /** Who does the first run (becomes the 관리자); false for a core where nobody has a PIN yet. */
  firstRun?: { departmentName: string; name: string } | false;
  /** The core's clock: a test's own, to pass the wrong-PIN waits or the idle time without waiting. */
  clock?: () => number;
  /** Hash PINs at the office's own cost rather than the tests' cheaper one. */
  officePinCost?: boolean;
}

/**
 * The cost test cores hash PINs at: far cheaper than the office's (16384), so the hundreds of sign-ins
 * of a test run take milliseconds; everything else about the hash is the same.
 */
export const TEST_PIN_COST = { N: 1024, r: 8, p: 1 };

type Call = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** Signs a person in on any core (another desk's too) with the PIN they have. */
export async function signInOn(call: Call, staffId: number, pin: string) {
  const result = await call('session.signIn', { staffId, pin });
  if (!result.ok) throw new Error(`session.signIn failed for staff ${staffId}: ${result.error.message}`);
  return result.value as Output<'session.signIn'>;
}

/**
 * On a core a test made by itself (a writer in another process, a desk on an office server of the
 * test's own): the office's 관리자 signs in, made by the first run when nobody has a PIN yet, as
 * tempCore makes it. The 관리자 may do every desk's work.
 */
export async function signInAdminOn(call: Call) {
  const state = await call('session.current', {});
  if (!state.ok) throw new Error(`session.current failed: ${state.error.message}`);
  if ((state.value as Output<'session.current'>).firstRun) {
    const made = await call('session.firstRun', { ...TEST_ADMIN, pin: TEST_ADMIN_PIN, pinAgain: TEST_ADMIN_PIN });
    if (made.ok) return made.value as Output<'session.signIn'>;
    // Another desk made the first 관리자 a moment before: sign in as that one.
  }
  const people = await call('session.people', {});
  const admin = people.ok ? (people.value as Output<'session.people'>).find((p) => p.name === TEST_ADMIN.name && p.departmentName === TEST_ADMIN.departmentName) : undefined;
  if (!admin) throw new Error('the office has no 관리자 the tests made');
  return signInOn(call, admin.id, TEST_ADMIN_PIN);
}

/**
 * A whole app core on a fresh database: a real SQLite file in a new temp folder, or, when the suite
 * runs on PostgreSQL (MINWON_TEST_ENGINE=postgres), a new database on the test server. `close`
 * closes it and deletes the folder (and drops the PostgreSQL database).
 */
export async function tempCore(options: TempCoreOptions = {}) {
  const dataDir = tempDir();
  const store = memoryStore();
  const { logger, entries } = memoryLogger();
  const { where, drop } = await freshRecordsLocation(dataDir);
  const core = await createCore({ dataDir, store, log: logger, records: where, desk: TEST_DESK, clock: options.clock ?? realClock, pinHashCost: options.officePinCost ? undefined : TEST_PIN_COST });
  const call = <K extends ChannelName>(channel: K, input: Input<K>) => core.call(channel, input) as Promise<Result<Output<K>>>;
  /** Calls a channel that must succeed, and returns its value. */
  const must = async <K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };
  let closed = false;

  /** The PIN each person signs in with, as the tests gave it. */
  const pins = new Map<number, string>();
  const firstAdmin = async () =>
    (await core.db.selectFrom('staff').select('id').where('role', '=', 'admin').where('pin_hash', 'is not', null).orderBy('id').executeTakeFirst())?.id ?? null;
  const pinOf = async (staffId: number) => pins.get(staffId) ?? (staffId === (await firstAdmin()) ? TEST_ADMIN_PIN : undefined);

  /** The first run, through its channel: the person becomes the 관리자 and is signed in. */
  const firstRun = async (person: { departmentName: string; name: string }) => {
    const state = await must('session.firstRun', { ...person, pin: TEST_ADMIN_PIN, pinAgain: TEST_ADMIN_PIN });
    pins.set(state.staffId!, TEST_ADMIN_PIN);
    return state;
  };

  /** The first 관리자 signs in (to make people, give roles and PINs). */
  const signInAsAdmin = async () => {
    const admin = await firstAdmin();
    if (admin === null) throw new Error('no 관리자 yet: make one with tempCore() or seedSpine first');
    return signInOn(call as Call, admin, (await pinOf(admin))!);
  };

  /**
   * The person at the PC for what follows, signed in with a PIN through the real channels: the first
   * time, the 관리자 gives them a temporary PIN (and the role asked for), and they choose their own as
   * they sign in. Tests use this rather than a session channel, so how a person signs in is decided here.
   */
  const signInAs = async (staffId: number, { role }: { role?: Role } = {}) => {
    const person = await core.db.selectFrom('staff').select(['role']).where('id', '=', staffId).executeTakeFirstOrThrow();
    const now = await must('session.current', {});
    if (now.staffId === staffId && !now.locked && (!role || role === person.role)) return now;
    const pin = await pinOf(staffId);
    if ((role && role !== person.role) || pin === undefined) {
      await signInAsAdmin();
      if (role && role !== person.role) await must('staff.setRole', { staffId, role });
      if (pin === undefined) {
        await must('staff.setPin', { staffId, pin: TEMPORARY_PIN });
        pins.set(staffId, TEST_PIN);
        return must('session.signIn', { staffId, pin: TEMPORARY_PIN, newPin: TEST_PIN, newPinAgain: TEST_PIN });
      }
    }
    return signInOn(call as Call, staffId, pin);
  };

  /**
   * Does `work` as the 관리자 (settings, the staff list), then the person at the PC before signs in again:
   * a test of a 담당자's desk that needs an office setting changed on the way.
   */
  const asAdmin = async <T>(work: () => Promise<T>): Promise<T> => {
    const was = (await must('session.current', {})).staffId;
    await signInAsAdmin();
    try {
      return await work();
    } finally {
      if (was !== null) await signInAs(was);
    }
  };

  /**
   * Another PC (desk) on the same records, in a folder of its own, with `staffId` signed in there by
   * their PIN (signInAs them on this core first, for their role and PIN). `close` closes it and
   * deletes its folder.
   */
  const otherDesk = async (desk: string, staffId: number) => {
    const otherDir = tempDir();
    const other = await createCore({ dataDir: otherDir, store: memoryStore(), log: memoryLogger().logger, records: where, desk, clock: options.clock ?? realClock, pinHashCost: options.officePinCost ? undefined : TEST_PIN_COST });
    const otherCall = <K extends ChannelName>(channel: K, input: Input<K>) => other.call(channel, input) as Promise<Result<Output<K>>>;
    const close = async () => {
      await other.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    };
    const pin = await pinOf(staffId);
    if (pin === undefined) {
      await close();
      throw new Error(`staff ${staffId} has no PIN the test knows: signInAs them first`);
    }
    await signInOn(other.call as Call, staffId, pin);
    const otherMust = async <K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>> => {
      const result = await otherCall(channel, input);
      if (!result.ok) throw new Error(`${channel} failed at ${desk}: ${result.error.message}`);
      return result.value;
    };
    return { core: other, call: otherCall, must: otherMust, close };
  };

  if (options.firstRun !== false) await firstRun(options.firstRun ?? TEST_ADMIN);

  return {
    signInAs,
    signInAsAdmin,
    asAdmin,
    otherDesk,
    firstRun,
    /** The PIN a person signs in with (after signInAs, or the 관리자's), for another desk's sign-in. */
    pinOf: async (staffId: number) => {
      const pin = await pinOf(staffId);
      if (pin === undefined) throw new Error(`staff ${staffId} has no PIN the test knows: signInAs them first`);
      return pin;
    },
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
