import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ddlFor } from '../../electron/db/ddl';
import type { Engine } from '../../electron/db/engine';
import type { Migration } from '../../electron/db/migration';

/**
 * An empty database on either engine, driven by plain SQL: the schema tests build it from the
 * migrations themselves, so they need nothing of the app's runner or repositories.
 */
export interface SchemaDatabase {
  engine: Engine;
  /** Several statements without parameters (a migration step, a seed). */
  exec(sql: string): Promise<void>;
  /** Applies one migration step in its own transaction, as the app does: a failed step leaves nothing behind. */
  apply(migration: Migration): Promise<void>;
  /** One row with its values as parameters (bytes included). */
  insert(table: string, row: Record<string, unknown>): Promise<void>;
  all<T>(sql: string): Promise<T[]>;
  count(table: string): Promise<number>;
  /** Closes it and deletes it (the temp file, the scratch database). */
  drop(): Promise<void>;
}

const columnsAndValues = (row: Record<string, unknown>, placeholder: (i: number) => string) => {
  const names = Object.keys(row);
  return { columns: names.join(', '), placeholders: names.map((_, i) => placeholder(i + 1)).join(', '), values: Object.values(row) };
};

export function sqliteDatabase(): SchemaDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minwon-schema-'));
  const raw = new Database(path.join(dir, 'schema.sqlite'));
  raw.pragma('foreign_keys = ON');
  return {
    engine: 'sqlite',
    exec: async (sql) => {
      raw.exec(sql);
    },
    apply: async (m) => {
      raw.transaction(() => raw.exec(m.up(ddlFor('sqlite'))))();
    },
    insert: async (table, row) => {
      const { columns, placeholders, values } = columnsAndValues(row, () => '?');
      raw.prepare(`INSERT INTO ${table} (${columns}) VALUES (${placeholders})`).run(...values);
    },
    all: async <T>(sql: string) => raw.prepare(sql).all() as T[],
    count: async (table) => (raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    drop: async () => {
      raw.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server the PostgreSQL half runs on; CI always names one, so its absence is a failure, not a skip. */
export function testServerUrl(): string {
  const url = process.env.MINWON_TEST_PG_URL;
  if (!url) {
    throw new Error(
      'MINWON_TEST_PG_URL is not set: the PostgreSQL half of this test needs a server. Start a throw-away one with ' +
        '`node tests/pg/throwawayCluster.mjs start` and export the MINWON_TEST_PG_URL it prints.',
    );
  }
  return url;
}

/** A scratch database of its own on the test server, with byte-order collation as an office's is. */
export async function postgresDatabase(serverUrl = testServerUrl()): Promise<SchemaDatabase> {
  const name = `scratch_schema_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    engine: 'postgres',
    // Without parameters node-pg sends the simple query protocol, which takes several statements at once.
    exec: async (sql) => void (await client.query(sql)),
    apply: async (m) => {
      await client.query('BEGIN');
      try {
        await client.query(m.up(ddlFor('postgres')));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    insert: async (table, row) => {
      const { columns, placeholders, values } = columnsAndValues(row, (i) => `$${i}`);
      await client.query(`INSERT INTO ${table} (${columns}) VALUES (${placeholders})`, values);
    },
    all: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    count: async (table) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n),
    drop: async () => {
      await client.end();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

export const openSchemaDatabase = (engine: Engine) => (engine === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase());

export type RefusalKind = 'check' | 'unique' | 'foreign_key' | 'rule';

/**
 * What the database said when it refused a write, in terms both engines share: the kind, and the
 * named constraint or the rule's message (SQLite puts the name in the message, PostgreSQL in
 * `constraint`; an unnamed CHECK is "CHECK constraint failed: <its text>" on SQLite, <table>_<column>_check
 * on PostgreSQL, so only named ones are compared by name).
 */
export async function refusalOf(write: Promise<unknown>): Promise<{ kind: RefusalKind | string; detail: string }> {
  try {
    await write;
  } catch (error) {
    const { code, constraint, message } = error as { code?: string; constraint?: string; message: string };
    const kind: Record<string, RefusalKind> = {
      SQLITE_CONSTRAINT_CHECK: 'check',
      SQLITE_CONSTRAINT_UNIQUE: 'unique',
      SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
      SQLITE_CONSTRAINT_TRIGGER: 'rule',
      '23514': 'check',
      '23505': 'unique',
      '23503': 'foreign_key',
      P0001: 'rule',
    };
    return { kind: kind[code ?? ''] ?? `unexpected ${code}: ${message}`, detail: constraint ?? message.replace(/^(CHECK|UNIQUE|FOREIGN KEY) constraint failed: /, '') };
  }
  return { kind: 'accepted', detail: '' };
}
