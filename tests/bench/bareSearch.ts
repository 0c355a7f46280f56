import { sql } from 'kysely';
import { engineOf } from '../../electron/db/engine';
import type { Db } from '../../electron/db/schema';

/**
 * The plainest query that finds the loans a desk search finds: every matching loan's id straight
 * from the table, with no period, no page and no join. (Before the search index: a scan with instr/strpos.)
 */
export async function bareLedgerSearch(db: Db, search: string) {
  const choseong = /^[ㄱ-ㅎ]+$/.test(search);
  const column = sql.ref(choseong ? 'name_choseong' : 'borrower_phone');
  const has = engineOf(db) === 'postgres' ? sql`strpos(${column}, ${search}) > 0` : sql`instr(${column}, ${search}) > 0`;
  return (await sql<{ id: number }>`SELECT id FROM loan WHERE ${has}`.execute(db)).rows;
}
