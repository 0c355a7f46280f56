import { PostgresDialect } from 'kysely';
import pg from 'pg';

export interface PostgresLocation {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /** TLS to the server; an office's own server often has a certificate its PCs do not know, so it is not verified. */
  tls: boolean;
}

/**
 * Counts and sums come back from PostgreSQL as int8/numeric, which node-pg hands over as strings so no
 * precision is lost. The app's counts are far below 2^53, and SQLite gives numbers: so numbers here too.
 */
const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

/**
 * A desk must say at once that the server is gone, not hang: connecting gives up after 3 s, and a
 * query after 30 s (the longest report on ten years takes well under a second).
 */
export function postgresPool(location: PostgresLocation, max = 5): pg.Pool {
  const pool = new pg.Pool({
    host: location.host,
    port: location.port,
    database: location.database,
    user: location.user,
    password: location.password,
    ssl: location.tls ? { rejectUnauthorized: false } : false,
    max,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 30_000,
    query_timeout: 35_000,
    keepAlive: true,
    application_name: 'minwon-service-log',
    types,
  });
  // A connection whose server went away must not crash the process: an idle one is dropped by the
  // pool, and a query on one in use fails with the error itself (which the desk turns into 'offline').
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

export const postgresDialect = (pool: pg.Pool) => new PostgresDialect({ pool });

/** postgres://user:password@host:port/database → a location (the tests' server is named this way). */
export function locationFromUrl(url: string): PostgresLocation {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    database: decodeURIComponent(u.pathname.slice(1)),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    tls: u.searchParams.get('sslmode') === 'require',
  };
}
