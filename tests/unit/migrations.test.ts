import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { migrate, readMigrations, schemaVersion } from '../../electron/db/migrate';
import { migrationSeeds } from '../fixtures/migrationSeeds/index';
import { tempDir } from '../helpers/tempCore';

const migrations = readMigrations();
const latest = migrations.at(-1)!.version;

const checkHealthy = (db: Database.Database) => {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
};

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps, and every one has a seed of data to carry forward', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations) expect(migrationSeeds[m.version], `seed for ${m.version}_${m.name}`).toBeDefined();
  });

  it('bring an empty database to the latest version with foreign keys, WAL and a busy timeout', () => {
    const db = openDatabase(path.join(tempDir(), 'a.sqlite'));
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    checkHealthy(db);
    db.close();
  });

  for (let from = 1; from < latest; from++) {
    it(`upgrade a database at version ${from} holding data without losing any of it`, () => {
      const db = new Database(path.join(tempDir(), 'b.sqlite'));
      db.pragma('foreign_keys = ON');
      migrate(db, migrations, from);
      expect(schemaVersion(db)).toBe(from);
      const expected: Record<string, number> = {};
      for (let v = 1; v <= from; v++) {
        db.exec(migrationSeeds[v].sql);
        Object.assign(expected, migrationSeeds[v].counts);
      }
      migrate(db, migrations);
      expect(schemaVersion(db)).toBe(latest);
      for (const [table, count] of Object.entries(expected)) {
        expect(db.prepare(`SELECT count(*) AS n FROM "${table}"`).get(), table).toEqual({ n: count });
      }
      checkHealthy(db);
      db.close();
    });
  }

  it('roll back a migration that fails, leaving the database at the last complete version', () => {
    const db = new Database(':memory:');
    const broken = [...migrations, { version: latest + 1, name: 'broken', sql: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(latest);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'`).get()).toEqual({ n: 0 });
  });

  it('refuse to open a database written by a newer version of the app', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${latest + 1}`);
    expect(() => migrate(db, migrations)).toThrow(/newer/);
  });
});
