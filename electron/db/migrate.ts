import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { writeTransaction } from './transactions';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Next to this module in the sources, and copied next to the bundle by the build. */
export const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function readMigrations(dir = migrationsDir): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }));
  migrations.forEach((m, i) => {
    // A gap or a duplicate number means two branches wrote migrations at once: refuse to guess the order.
    if (m.version !== i + 1) throw new Error(`migration numbering broken at ${m.version}_${m.name}: expected ${i + 1}`);
  });
  return migrations;
}

/** The version this app brings a database to: a file above it was written by a newer app. */
export const latestSchemaVersion = () => readMigrations().at(-1)?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies each pending migration in its own transaction, so a failure leaves the database at the
 * last complete version instead of half-way through one.
 */
export function migrate(db: Database.Database, migrations = readMigrations(), upTo = Infinity): number {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this app (${latest}); refusing to open it`);
  }
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    writeTransaction(db, () => {
      // Another process opening the same file may have applied it while this one waited for the lock.
      if (schemaVersion(db) >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}
