import type Database from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Prepared statements kept per SQL text: the desk's queries repeat, and preparing is most of a small query's cost. */
const STATEMENT_CACHE = 300;

class CachedConnection implements DatabaseConnection {
  readonly #statements = new Map<string, Database.Statement>();
  constructor(readonly raw: Database.Database) {}

  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (statement) {
      // Map keeps insertion order: re-inserting makes it the most recently used.
      this.#statements.delete(sql);
    } else {
      statement = this.raw.prepare(sql);
      if (this.#statements.size >= STATEMENT_CACHE) this.#statements.delete(this.#statements.keys().next().value!);
    }
    this.#statements.set(sql, statement);
    return statement;
  }

  async executeQuery<R>({ sql, parameters }: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#prepare(sql);
    if (statement.reader) return { rows: statement.all(parameters as unknown[]) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters as unknown[]);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }

  /**
   * A long list read from one statement as it steps (snapshotRead.ts). While it iterates, better-sqlite3 lets
   * its connection run nothing else, so only the snapshot's own connection streams, never the desk's.
   */
  async *streamQuery<R>({ sql, parameters }: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    let chunk: R[] = [];
    // A reader that stops early (a download cancelled) leaves this loop at its yield, and for-of then ends the
    // statement, so the connection is free again.
    for (const row of this.raw.prepare(sql).iterate(parameters as unknown[]) as IterableIterator<R>) {
      chunk.push(row);
      if (chunk.length >= chunkSize) {
        yield { rows: chunk };
        chunk = [];
      }
    }
    if (chunk.length > 0) yield { rows: chunk };
  }
}

/**
 * better-sqlite3 under Kysely, with the one change the app needs: a write transaction starts
 * IMMEDIATE, taking the write lock at BEGIN where a busy database waits out busy_timeout. A
 * DEFERRED one asks for the lock at its first write, and if another process committed in between,
 * SQLite answers SQLITE_BUSY_SNAPSHOT at once ("database is locked") instead of waiting. Read-only
 * transactions stay DEFERRED and take no lock.
 */
class ImmediateSqliteDriver implements Driver {
  readonly #connection: CachedConnection;
  constructor(raw: Database.Database) {
    this.#connection = new CachedConnection(raw);
  }
  async init() {}
  async acquireConnection() {
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    await connection.executeQuery(CompiledQuery.raw(settings.accessMode === 'read only' ? 'begin deferred' : 'begin immediate'));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection() {}
  async destroy() {
    this.#connection.raw.close();
  }
}

export const sqliteDialect = (raw: Database.Database): Dialect => ({
  createAdapter: () => new SqliteAdapter(),
  createDriver: () => new ImmediateSqliteDriver(raw),
  createIntrospector: (db: Kysely<any>) => new SqliteIntrospector(db),
  createQueryCompiler: () => new SqliteQueryCompiler(),
});
