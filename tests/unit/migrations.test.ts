import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migratePostgres, migrateSqlite, latestSchemaVersion, NewerSchemaError } from '../../electron/db/migrator';
import { migrations } from '../../electron/db/migrations/index';
import { openRecordsAt } from '../../electron/db/records';
import { migrationSeeds } from '../fixtures/migrationSeeds/index';
import { seedSql } from '../fixtures/migrationSeeds/types';
import { emptyPostgresDatabase } from '../helpers/testDatabase';
import { tempDir } from '../helpers/tempCore';

const latest = latestSchemaVersion();
const RELEASED = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/releasedMigrations');
const releasedSql = fs.readdirSync(RELEASED).sort().map((f) => fs.readFileSync(path.join(RELEASED, f), 'utf8'));

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
const folder = () => {
  const dir = tempDir('minwon-migrate-');
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** A pool on a scratch database, ended after the test (before the database is dropped). */
function poolOn(url: string, max = 1) {
  const pool = new pg.Pool({ connectionString: url, max });
  // Dropping the scratch database ends its connections from the server's side: not an error of the test.
  pool.on('error', () => {});
  cleanup.push(() => pool.end());
  return pool;
}

/** What every seed up to `version` put in, table by table. */
const expectedCounts = (version: number) => {
  const counts: Record<string, number> = {};
  for (let v = 1; v <= version; v++) Object.assign(counts, migrationSeeds[v].counts);
  return counts;
};

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps, and every one has a seed of data to carry forward', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations) expect(migrationSeeds[m.version], `seed for ${m.version}_${m.name}`).toBeDefined();
  });

  it('bring an empty SQLite file to the latest version with foreign keys, WAL, a busy timeout and secure delete', async () => {
    const records = await openRecordsAt({ engine: 'sqlite', file: path.join(folder(), 'a.sqlite') });
    const raw = records.sqlite!;
    expect(raw.pragma('user_version', { simple: true })).toBe(latest);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(raw.pragma('secure_delete', { simple: true })).toBe(1);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    await records.close();
  });

  // An office's file as an earlier version of the app left it: built by the released SQL itself.
  for (let from = 1; from < latest; from++) {
    it(`open a SQLite file an earlier app left at version ${from}, holding data, and keep all of it`, async () => {
      const file = path.join(folder(), 'office.sqlite');
      const db = new Database(file);
      db.pragma('foreign_keys = ON');
      // Each version's data goes in at that version, as an office's would, and later steps carry it
      // (012 moves the earlier view log into the access records and drops its table).
      for (let v = 1; v <= from; v++) {
        if (v <= releasedSql.length) {
          db.exec(releasedSql[v - 1]);
          db.pragma(`user_version = ${v}`);
        } else {
          migrateSqlite(db, migrations, v);
        }
        db.exec(seedSql(migrationSeeds[v], 'sqlite'));
      }
      db.close();

      const records = await openRecordsAt({ engine: 'sqlite', file });
      const raw = records.sqlite!;
      expect(raw.pragma('user_version', { simple: true })).toBe(latest);
      for (const [table, count] of Object.entries(expectedCounts(from))) {
        expect(raw.prepare(`SELECT count(*) AS n FROM "${table}"`).get(), table).toEqual({ n: count });
      }
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      await records.close();
    });
  }

  for (let from = 1; from < latest; from++) {
    it(`upgrade an office server (PostgreSQL) at version ${from}, holding data, without losing any of it`, async () => {
      const { url, drop } = await emptyPostgresDatabase();
      cleanup.push(drop);
      const pool = poolOn(url);
      for (let v = 1; v <= from; v++) {
        await migratePostgres(pool, migrations, v);
        await pool.query(seedSql(migrationSeeds[v], 'postgres'));
      }
      expect(await migratePostgres(pool)).toBe(latest);
      for (const [table, count] of Object.entries(expectedCounts(from))) {
        expect((await pool.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0], table).toEqual({ n: count });
      }
    });
  }

  it('roll back a step that fails, leaving the SQLite file at the last complete version', () => {
    const db = new Database(':memory:');
    const broken = [...migrations, { version: latest + 1, name: 'broken', up: () => 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrateSqlite(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('roll back a step that fails on the office server too', async () => {
    const { url, drop } = await emptyPostgresDatabase();
    cleanup.push(drop);
    const pool = poolOn(url);
    const broken = [...migrations, { version: latest + 1, name: 'broken', up: () => 'CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);' }];
    await expect(migratePostgres(pool, broken)).rejects.toThrow(/nowhere/);
    expect((await pool.query('SELECT max(version) AS v FROM schema_migration')).rows[0].v).toBe(latest);
    expect((await pool.query(`SELECT to_regclass('half') AS t`)).rows[0].t).toBeNull();
  });

  it('refuse a database written by a newer version of the app, in Korean, on both engines', async () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${latest + 1}`);
    expect(() => migrateSqlite(db)).toThrow(NewerSchemaError);
    expect(() => migrateSqlite(db)).toThrow(/새 버전/);
    db.close();

    const { url, drop } = await emptyPostgresDatabase();
    cleanup.push(drop);
    const pool = poolOn(url);
    await migratePostgres(pool);
    await pool.query(`INSERT INTO schema_migration (version, name, applied_at) VALUES (${latest + 1}, 'future', 'x')`);
    await expect(migratePostgres(pool)).rejects.toBeInstanceOf(NewerSchemaError);
  });

  it('are applied once when several desks start a new version against one server at the same moment', async () => {
    const { url, drop } = await emptyPostgresDatabase();
    cleanup.push(drop);
    const pools = Array.from({ length: 4 }, () => poolOn(url));
    expect(await Promise.all(pools.map((p) => migratePostgres(p)))).toEqual([latest, latest, latest, latest]);
    expect((await pools[0].query('SELECT count(*)::int AS n FROM schema_migration')).rows[0].n).toBe(latest);
  });
});
