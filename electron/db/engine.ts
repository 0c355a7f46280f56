import { PostgresAdapter, type Kysely } from 'kysely';

/** The two databases the app runs on: SQLite embedded on one PC, PostgreSQL as an office's shared server. */
export type Engine = 'sqlite' | 'postgres';

/** Which engine a connection (or a transaction on it) talks to, for the few concepts the engines spell differently. */
export const engineOf = (db: Kysely<any>): Engine => (db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');
