import { sql, type Expression, type SqlBool } from 'kysely';
import { engineOf } from '../db/engine';
import type { Db } from '../db/schema';

/** The length of the pieces migration 019 keeps of every task (interpretation_task_piece). */
const PIECE = 2;

/**
 * The list's 민원 업무 box: the request's task holds the typed words somewhere, exactly as typed (no
 * pattern characters, unlike LIKE, whose case rules also differ between the engines). SQLite spells
 * it instr, PostgreSQL strpos.
 *
 * The words typed here are mostly two syllables (인감, 여권, 전입), which a trigram index cannot answer
 * (the ledger's search, loans/searchIndex.ts, can use one). So every task's two-character pieces are
 * kept beside it (migration 019, by trigger): the requests holding the words' first piece are the
 * candidates, read by their number, and the exact test runs on those alone. A single character is
 * tested on the period's requests, as before. (The staff list is filtered on the screen, from the few
 * hundred people it holds.)
 */
export function taskContains(db: Db, words: string): Expression<SqlBool> {
  const task = sql.ref('r.task');
  const exact = engineOf(db) === 'postgres' ? sql<SqlBool>`strpos(${task}, ${words}) > 0` : sql<SqlBool>`instr(${task}, ${words}) > 0`;
  const chars = [...words];
  if (chars.length < PIECE) return exact;
  const first = chars.slice(0, PIECE).join('');
  return sql<SqlBool>`(r.id IN (SELECT request_id FROM interpretation_task_piece WHERE piece = ${first}) AND ${exact})`;
}
