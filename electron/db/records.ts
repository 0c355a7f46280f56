import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import type pg from 'pg';
import type { Engine } from './engine';
import { migratePostgres, migrateSqlite } from './migrator';
import { locationFromUrl, postgresDialect, postgresPool, type PostgresLocation } from './postgres/postgresDialect';
import type { Db } from './schema';
import { sqliteDialect } from './sqlite/sqliteDialect';

/** Where an office's records are: a file on this PC, or the office's PostgreSQL server. */
export type RecordsLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; server: PostgresLocation };

/** An open database, migrated to this app's version. */
export interface Records {
  db: Db;
  engine: Engine;
  /** The SQLite file's own handle, for what only SQLite has (backups, checkpoints); null on PostgreSQL. */
  sqlite: Database.Database | null;
  /** The PostgreSQL pool, for what only PostgreSQL has; null on SQLite. */
  pool: pg.Pool | null;
  close(): Promise<void>;
}

/**
 * WAL with synchronous=FULL: a committed change survives a killed process or a power cut, and
 * readers never block the desk's writes. secure_delete: a destroyed visitor's name is overwritten
 * in the file, not left readable in a free page.
 */
export function openSqliteFile(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('secure_delete = ON');
  return raw;
}

export async function openRecordsAt(where: RecordsLocation): Promise<Records> {
  if (where.engine === 'sqlite') {
    const raw = openSqliteFile(where.file);
    try {
      migrateSqlite(raw);
    } catch (error) {
      raw.close();
      throw error;
    }
    const db: Db = new Kysely({ dialect: sqliteDialect(raw) });
    return { db, engine: 'sqlite', sqlite: raw, pool: null, close: () => db.destroy() };
  }
  const pool = postgresPool(where.server);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db: Db = new Kysely({ dialect: postgresDialect(pool) });
  // Kysely's destroy ends the pool it was given.
  return { db, engine: 'postgres', sqlite: null, pool, close: () => db.destroy() };
}

export const postgresAt = (url: string): RecordsLocation => ({ engine: 'postgres', server: locationFromUrl(url) });
