import { isSearchIndexObject } from '../../electron/loans/searchIndex';
import type { SchemaDatabase } from './schemaDatabases';
import { affinity } from './sqliteSchemaShape';

/** PostgreSQL's column types as SQLite's affinities, so the two catalogues compare. */
const POSTGRES_AFFINITY: Record<string, string> = { integer: 'INTEGER', bigint: 'INTEGER', text: 'TEXT', bytea: 'BLOB', 'double precision': 'REAL' };
const ON_DELETE: Record<string, string> = { a: 'NO ACTION', c: 'CASCADE', r: 'RESTRICT', n: 'SET NULL', d: 'SET DEFAULT' };

const group = <T>(rows: T[], key: (row: T) => string, value: (row: T) => string, sorted: boolean) => {
  const out: Record<string, string[]> = {};
  for (const row of rows) (out[key(row)] ??= []).push(value(row));
  if (sorted) for (const list of Object.values(out)) list.sort();
  return out;
};

/**
 * What both engines' catalogues can say alike about a schema: tables and their columns (affinity, whether
 * NULL is refused), the indexes the migrations name, foreign keys, how many CHECKs each table has, views,
 * and each rule's table and message. A key column counts as NOT NULL: PostgreSQL makes it so, and SQLite
 * would let a non-integer key be NULL only by a legacy quirk the app never uses.
 */
export async function sharedSchemaShape(db: SchemaDatabase) {
  type Column = { tbl: string; name: string; type: string; notnull: boolean };
  type Index = { name: string; tbl: string; unique: boolean; partial: boolean };
  type Key = { tbl: string; from: string; target: string; to: string; on_delete: string };
  type Rule = { name: string; tbl: string; body: string };
  let columns: Column[], indexes: Index[], keys: Key[], checks: { tbl: string; n: number }[], views: { name: string }[], rules: Rule[];
  if (db.engine === 'sqlite') {
    const tables = `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`;
    columns = (
      await db.all<Column & { pk: number }>(`SELECT t.name AS tbl, c.name, c.type, c."notnull", c.pk FROM (${tables}) t, pragma_table_info(t.name) c ORDER BY t.name, c.cid`)
    ).map((c) => ({ ...c, type: affinity(c.type), notnull: Boolean(c.notnull || c.pk) }));
    indexes = (
      await db.all<Index>(`SELECT i.name, t.name AS tbl, i."unique", i.partial FROM (${tables}) t, pragma_index_list(t.name) i WHERE i.origin = 'c'`)
    ).map((i) => ({ ...i, unique: Boolean(i.unique), partial: Boolean(i.partial) }));
    keys = await db.all<Key>(`SELECT t.name AS tbl, k."from", k."table" AS target, k."to", k.on_delete FROM (${tables}) t, pragma_foreign_key_list(t.name) k`);
    checks = (await db.all<{ tbl: string; sql: string }>(`SELECT name AS tbl, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)).map((t) => ({
      tbl: t.tbl,
      n: t.sql.replace(/--[^\n]*/g, '').match(/\bCHECK\s*\(/g)?.length ?? 0,
    }));
    views = await db.all(`SELECT name FROM sqlite_master WHERE type = 'view'`);
    rules = await db.all<Rule>(`SELECT name, tbl_name AS tbl, sql AS body FROM sqlite_master WHERE type = 'trigger'`);
  } else {
    columns = (
      await db.all<{ tbl: string; name: string; type: string; nullable: string }>(
        `SELECT c.table_name AS tbl, c.column_name AS name, c.data_type AS type, c.is_nullable AS nullable
         FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
      )
    ).map((c) => ({ tbl: c.tbl, name: c.name, type: POSTGRES_AFFINITY[c.type] ?? c.type, notnull: c.nullable === 'NO' }));
    // The indexes the migrations create by name: not the ones PostgreSQL makes for a key or a UNIQUE.
    indexes = await db.all<Index>(
      `SELECT ic.relname AS name, tc.relname AS tbl, i.indisunique AS "unique", i.indpred IS NOT NULL AS partial
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
       WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    );
    keys = (
      await db.all<Key>(
        `SELECT tc.relname AS tbl, a.attname AS "from", rc.relname AS target, ra.attname AS "to", k.confdeltype AS on_delete
         FROM pg_constraint k JOIN pg_class tc ON tc.oid = k.conrelid JOIN pg_class rc ON rc.oid = k.confrelid
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
         JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]
         WHERE k.contype = 'f'`,
      )
    ).map((k) => ({ ...k, on_delete: ON_DELETE[k.on_delete] }));
    checks = (
      await db.all<{ tbl: string; n: string }>(
        `SELECT tc.relname AS tbl, count(*) AS n FROM pg_constraint k JOIN pg_class tc ON tc.oid = k.conrelid
         JOIN pg_namespace s ON s.oid = tc.relnamespace WHERE k.contype = 'c' AND s.nspname = 'public' GROUP BY tc.relname`,
      )
    ).map((c) => ({ tbl: c.tbl, n: Number(c.n) }));
    views = await db.all(`SELECT table_name AS name FROM information_schema.views WHERE table_schema = 'public'`);
    rules = await db.all<Rule>(
      `SELECT t.tgname AS name, c.relname AS tbl, p.prosrc AS body
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal`,
    );
  }
  // The ledger's search index is built differently per engine on purpose (loans/searchIndex.ts).
  const shared = <T extends { name: string; tbl?: string }>(list: T[]) => list.filter((o) => !isSearchIndexObject(o.name) && !isSearchIndexObject(o.tbl ?? ''));
  columns = columns.filter((c) => !isSearchIndexObject(c.tbl));
  [indexes, rules] = [shared(indexes), shared(rules)];
  checks = checks.filter((c) => !isSearchIndexObject(c.tbl));
  const message = (body: string) => /(?:RAISE\(ABORT, |MESSAGE = )'((?:[^']|'')*)'/.exec(body)?.[1] ?? '(no message)';
  return {
    columns: group(columns, (c) => c.tbl, (c) => `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}`, false),
    indexes: indexes.map((i) => `${i.name} ON ${i.tbl}${i.unique ? ' UNIQUE' : ''}${i.partial ? ' PARTIAL' : ''}`).sort(),
    foreignKeys: group(keys, (k) => k.tbl, (k) => `${k.from} → ${k.target}(${k.to}) ON DELETE ${k.on_delete}`, true),
    checks: Object.fromEntries(checks.filter((c) => c.n > 0).map((c) => [c.tbl, c.n])),
    views: views.map((v) => v.name).sort(),
    rules: Object.fromEntries(rules.map((r) => [r.name, `${r.tbl}: ${message(r.body)}`])),
  };
}
