import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { MoveReport } from '../../shared/contract/dataLocation';
import { UserFacingError } from '../../shared/result';
import { migratePostgres } from '../db/migrator';

interface ForeignKey {
  table: string;
  column: string;
  references: string;
  nullable: boolean;
}

/**
 * Tables the migrations fill with an office's starting defaults (004: ways of service; 008: the
 * kindness criteria, source weights and rules; 019: the positions a task is cut at): a server holding
 * only those holds no records yet.
 */
const SEEDED_BY_MIGRATIONS = ['interpretation_method', 'kindness_criterion', 'kindness_rule', 'kindness_source_weight', 'interpretation_task_position'];

/** PostgreSQL's own parameter limit per statement is 65,535; a few hundred rows a statement is plenty. */
const ROWS_PER_INSERT = 200;

/** The app's tables on the server (after its migrations) with their foreign keys, from the catalog. */
async function serverTables(client: pg.PoolClient) {
  const tables = (
    await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migration' ORDER BY tablename`)
  ).rows.map((r) => r.name);
  const keys = (
    await client.query<ForeignKey>(`
      SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.confrelid::regclass::text AS references, NOT a.attnotnull AS nullable
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`)
  ).rows;
  return { tables, keys };
}

/**
 * An order in which every row can go in with its foreign keys satisfied. References that make a cycle
 * (department ↔ staff through created_by; staff → staff) are nullable: those columns go in empty and
 * are filled in after every row is in.
 */
export function copyOrder(tables: string[], keys: ForeignKey[]): { order: string[]; later: ForeignKey[] } {
  const later: ForeignKey[] = keys.filter((k) => k.table === k.references);
  let pending = keys.filter((k) => k.table !== k.references);
  const order: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size) {
    const ready = [...remaining].filter((t) => !pending.some((k) => k.table === t && remaining.has(k.references)));
    if (ready.length === 0) {
      // A cycle: put off one nullable reference out of a table still waiting, and try again.
      const breakable = pending.find((k) => remaining.has(k.table) && remaining.has(k.references) && k.nullable);
      if (!breakable) throw new Error(`no order for tables: ${[...remaining].join(', ')}`);
      later.push(breakable);
      pending = pending.filter((k) => k !== breakable);
      continue;
    }
    for (const t of ready.sort()) {
      order.push(t);
      remaining.delete(t);
    }
  }
  return { order, later };
}

/**
 * 이 PC의 기록을 사무실 서버로: every row of this PC's SQLite file (photos included) into the office
 * server, in one transaction, then the row counts compared table by table before it commits. It goes
 * only into a server that holds no records yet: merging two offices' numbered records would mix them.
 *
 * The database's rule triggers judge a new entry by today's rules (a retired way of service, this
 * month's pick limit), not history: they are switched off for the copy, inside the transaction, so
 * the records go in exactly as they stand on this PC. The foreign keys stay on.
 */
export async function moveRecordsToServer(source: Database.Database, pool: pg.Pool): Promise<MoveReport> {
  await migratePostgres(pool);
  const client = await pool.connect();
  try {
    const { tables, keys } = await serverTables(client);
    for (const t of tables.filter((name) => !SEEDED_BY_MIGRATIONS.includes(name))) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*) AS n FROM "${t}"`);
      if (Number(rows[0].n) > 0) {
        throw new UserFacingError('conflict', '사무실 서버에 이미 기록이 있습니다. 다른 사무실의 기록과 섞이지 않도록 빈 데이터베이스로만 옮길 수 있습니다.');
      }
    }
    const { order, later } = copyOrder(tables, keys);
    await client.query('BEGIN');
    try {
      for (const t of order) await client.query(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
      // The defaults the migrations put in (ways of service, picking rules) give way to this PC's own.
      for (const t of [...order].reverse().filter((name) => SEEDED_BY_MIGRATIONS.includes(name))) await client.query(`DELETE FROM "${t}"`);
      const report: MoveReport = { tables: [], totalRows: 0 };
      /** References put off to break a cycle: filled in once every table's rows are in (a department's author is a staff row that comes later). */
      const putOffUpdates: { table: string; rows: Record<string, unknown>[]; columns: string[] }[] = [];
      for (const t of order) {
        const rows = source.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all() as Record<string, unknown>[];
        const putOff = later.filter((k) => k.table === t).map((k) => k.column);
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
          const chunk = rows.slice(i, i + ROWS_PER_INSERT);
          const columns = Object.keys(chunk[0]);
          const values: unknown[] = [];
          const tuples = chunk.map((row) => `(${columns.map((c) => (values.push(putOff.includes(c) ? null : row[c]), `$${values.length}`)).join(', ')})`);
          await client.query(`INSERT INTO "${t}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, values);
        }
        if (putOff.length > 0) putOffUpdates.push({ table: t, rows, columns: putOff });
        const copied = Number((await client.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
        if (copied !== rows.length) throw new Error(`count differs after copy: ${t} ${copied}/${rows.length}`);
        report.tables.push({ table: t, rows: rows.length });
        report.totalRows += rows.length;
      }
      for (const { table, rows, columns } of putOffUpdates) {
        for (const column of columns) {
          for (const row of rows.filter((r) => r[column] !== null)) {
            const key = Object.keys(row)[0];
            await client.query(`UPDATE "${table}" SET "${column}" = $1 WHERE "${key}" = $2`, [row[column], row[key]]);
          }
        }
      }
      // Ids were copied as they were: each table's own numbering must go on after the highest.
      const numbered = await client.query<{ table: string }>(
        `SELECT table_name AS table FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'`,
      );
      for (const { table } of numbered.rows) {
        await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM "${table}"`);
      }
      for (const t of order) await client.query(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
      await client.query('COMMIT');
      return report;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}
