import path from 'node:path';
import pg from 'pg';
import type { Engine } from '../../electron/db/engine';
import { locationFromUrl } from '../../electron/db/postgres/postgresDialect';
import type { RecordsLocation } from '../../electron/db/records';

/** Which engine this run of the suite is on: the unit suite runs once on each (tests/vitest.config.ts). */
export const testEngine = (): Engine => (process.env.MINWON_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite');

const serverUrl = () => {
  const url = process.env.MINWON_TEST_PG_URL;
  if (!url) throw new Error('MINWON_TEST_PG_URL is not set: the PostgreSQL half of the suite needs a server (see tests/pg/globalSetup.ts)');
  return url;
};

let counter = 0;
let admin: pg.Pool | null = null;
const adminPool = () => (admin ??= new pg.Pool({ connectionString: serverUrl(), max: 2 }));

/**
 * Lets go of the server connection that makes and drops test databases. A test worker simply exits;
 * a process that goes on (the benches) calls this before the throw-away server stops, or the idle
 * connection's end is an unhandled error.
 */
export async function closeTestServer() {
  const pool = admin;
  admin = null;
  await pool?.end();
}

/**
 * Where a test's records go: a SQLite file in the test's own temp folder, or a new PostgreSQL
 * database copied from the migrated template, dropped again by `drop`.
 */
export async function freshRecordsLocation(dataDir: string): Promise<{ where: RecordsLocation; drop: () => Promise<void> }> {
  if (testEngine() === 'sqlite') return { where: { engine: 'sqlite', file: path.join(dataDir, 'minwon.sqlite') }, drop: async () => {} };
  const template = process.env.MINWON_TEST_PG_TEMPLATE;
  if (!template) throw new Error('MINWON_TEST_PG_TEMPLATE is not set: run the PostgreSQL tests through tests/vitest.config.ts');
  const name = `t_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  await adminPool().query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    where: { engine: 'postgres', server: { ...locationFromUrl(serverUrl()), database: name } },
    drop: async () => {
      await adminPool().query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A URL to a fresh, empty PostgreSQL database (no migrations), for the migration tests. */
export async function emptyPostgresDatabase(owner?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `e_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  await adminPool().query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'${owner ? ` OWNER ${owner}` : ''}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => void (await adminPool().query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
}
