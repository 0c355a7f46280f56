import { sql } from 'kysely';
import { engineOf } from '../../electron/db/engine';
import type { Db } from '../../electron/db/schema';

/**
 * The plainest query that finds the loans a desk search finds: every matching loan's id straight from
 * the search index, with no period, no page, no join and no exact re-check (SQLite: the FTS5 trigram
 * table alone; PostgreSQL: a LIKE the pg_trgm index serves).
 */
export async function bareLedgerSearch(db: Db, search: string) {
  const choseong = /^[ㄱ-ㅎ]+$/.test(search);
  if (engineOf(db) === 'postgres') {
    const column = sql.ref(choseong ? 'name_choseong' : 'borrower_phone');
    return (await sql<{ id: number }>`SELECT id FROM loan WHERE ${column} LIKE ${`%${search}%`}`.execute(db)).rows;
  }
  const match = `${choseong ? 'choseong' : 'phone'} : "${search}"`;
  return (await sql<{ id: number }>`SELECT rowid AS id FROM loan_search WHERE loan_search MATCH ${match}`.execute(db)).rows;
}
