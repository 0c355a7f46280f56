import type Database from 'better-sqlite3';

/** SQLite's type affinity of a declared type (sqlite.org/datatype3.html, 3.1): BIGINT and INTEGER store alike. */
export function affinity(declared: string): string {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'TEXT';
  if (t === '' || t.includes('BLOB')) return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(t)) return 'REAL';
  return 'NUMERIC';
}

const squeeze = (sql: string) => sql.replace(/--[^\n]*/g, '').replace(/\s+/g, ' ').trim();

/**
 * What a database's schema does, read from SQLite's own catalogue, for comparing a database built by
 * the released .sql migrations with one built by their ports. Left out on purpose, because the ports
 * change it: the text of CHECKs (the Ddl spells GLOBs and dates its way, adds the app's date range,
 * names the constraints the app recognises) and of trigger bodies (refuseWhen's layout, IS DISTINCT FROM
 * for IS NOT). Kept: every column (affinity, not null, default, key), every index (unique, partial and its
 * condition, columns), every foreign key, how many CHECKs each table has, views, and each trigger's
 * table, event and message (the app recognises some messages).
 */
export function sqliteSchemaShape(db: Database.Database) {
  const objects = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`).all() as {
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }[];
  const tables = Object.fromEntries(
    objects
      .filter((o) => o.type === 'table')
      .map((t) => [
        t.name,
        {
          columns: (db.pragma(`table_xinfo(${t.name})`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }[]).map(
            (c) => ({ name: c.name, affinity: affinity(c.type), notnull: c.notnull, default: c.dflt_value, pk: c.pk, hidden: c.hidden }),
          ),
          indexes: (db.pragma(`index_list(${t.name})`) as { name: string; unique: number; origin: string; partial: number }[])
            .map((i) => ({
              name: i.name,
              unique: i.unique,
              origin: i.origin,
              partial: i.partial,
              where: i.partial ? squeeze(objects.find((o) => o.name === i.name)!.sql!.replace(/^[\s\S]* WHERE /i, '')) : null,
              // An expression column (pledge_budget_cell's coalesce) has no name: its text is SQL the port may respell.
              columns: (db.pragma(`index_xinfo(${i.name})`) as { name: string | null; key: number; desc: number }[])
                .filter((c) => c.key)
                .map((c) => `${c.name ?? '(expression)'}${c.desc ? ' DESC' : ''}`),
            }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          foreignKeys: (db.pragma(`foreign_key_list(${t.name})`) as { table: string; from: string; to: string; on_update: string; on_delete: string; match: string }[])
            .map((f) => `${f.from} → ${f.table}(${f.to}) on update ${f.on_update} on delete ${f.on_delete} match ${f.match}`)
            .sort(),
          checks: squeeze(t.sql!).match(/\bCHECK \(/g)?.length ?? 0,
        },
      ]),
  );
  const views = Object.fromEntries(objects.filter((o) => o.type === 'view').map((v) => [v.name, squeeze(v.sql!)]));
  const triggers = Object.fromEntries(
    objects
      .filter((o) => o.type === 'trigger')
      .map((t) => {
        const sql = squeeze(t.sql!);
        return [t.name, { table: t.tbl_name, event: /\b(BEFORE|AFTER) (INSERT|DELETE|UPDATE(?: OF [\w, ]+?)?) ON\b/.exec(sql)?.slice(1, 3).join(' '), message: /RAISE\(ABORT, '((?:[^']|'')*)'\)/.exec(sql)?.[1] }];
      }),
  );
  return { tables, views, triggers };
}
