import type Database from 'better-sqlite3';
import type pg from 'pg';
import { postgresDdl, sqliteDdl } from './ddl';
import type { Migration } from './migration';
import { migrations as appMigrations } from './migrations/index';

/** The version this app brings a database to: a database above it was written by a newer app. */
export const latestSchemaVersion = (list: Migration[] = appMigrations) => list.at(-1)?.version ?? 0;

/** A database written by a newer version of the app: opening it could lose what this version does not know. */
export class NewerSchemaError extends Error {
  constructor(
    public readonly version: number,
    public readonly latest: number,
  ) {
    super(`기록이 이 프로그램보다 새 버전에서 만들어졌습니다(데이터베이스 ${version}판, 프로그램 ${latest}판). 프로그램을 최신 버전으로 설치하세요.`);
    this.name = 'NewerSchemaError';
  }
}

function checkOrder(list: Migration[]) {
  list.forEach((m, i) => {
    // A gap or a duplicate number means two branches wrote migrations at once: refuse to guess the order.
    if (m.version !== i + 1) throw new Error(`migration numbering broken at ${m.version}_${m.name}: expected ${i + 1}`);
  });
}

/**
 * SQLite: the version is the file's user_version (as every earlier version of the app kept it, so a
 * file from any of them opens and an older app refuses a newer file). Each step is its own
 * IMMEDIATE transaction: a failure leaves the file at the last complete version.
 */
export function migrateSqlite(raw: Database.Database, list: Migration[] = appMigrations, upTo = Infinity): number {
  checkOrder(list);
  const current = raw.pragma('user_version', { simple: true }) as number;
  if (current > latestSchemaVersion(list)) throw new NewerSchemaError(current, latestSchemaVersion(list));
  for (const m of list) {
    if (m.version <= current || m.version > upTo) continue;
    raw
      .transaction(() => {
        raw.exec(m.up(sqliteDdl));
        raw.pragma(`user_version = ${m.version}`);
      })
      .immediate();
  }
  return raw.pragma('user_version', { simple: true }) as number;
}

/** A fixed key for PostgreSQL's advisory lock: two desks upgrading at once take turns. */
const MIGRATION_LOCK = 7_316_001;

/**
 * PostgreSQL: the versions applied are rows of schema_migration. Each step runs in one transaction
 * (PostgreSQL's DDL is transactional), all under an advisory lock and re-reading the version before
 * each step, so when several desks start a new version of the app together exactly one of them
 * upgrades the server and the others find it done.
 */
export async function migratePostgres(pool: pg.Pool, list: Migration[] = appMigrations, upTo = Infinity): Promise<number> {
  checkOrder(list);
  const client = await pool.connect();
  const applied = async () => Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_migration')).rows[0].v);
  try {
    // Held for the whole upgrade, the first table included: CREATE TABLE IF NOT EXISTS is not safe
    // against itself when two desks run it at the same instant.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL)`);
    const current = await applied();
    if (current > latestSchemaVersion(list)) throw new NewerSchemaError(current, latestSchemaVersion(list));
    for (const m of list) {
      if (m.version <= current || m.version > upTo) continue;
      await client.query('BEGIN');
      try {
        if ((await applied()) < m.version) {
          await client.query(m.up(postgresDdl));
          await client.query('INSERT INTO schema_migration (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return await applied();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** The version a PostgreSQL database is at without changing it (the connection test's "newer than the app"). */
export async function postgresSchemaVersion(pool: pg.Pool): Promise<number> {
  const exists = await pool.query(`SELECT to_regclass('schema_migration') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return 0;
  return Number((await pool.query('SELECT coalesce(max(version), 0) AS v FROM schema_migration')).rows[0].v);
}
