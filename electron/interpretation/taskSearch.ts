import { sql, type Expression, type SqlBool } from 'kysely';
import { engineOf } from '../db/engine';
import type { Db } from '../db/schema';

/**
 * The list's 민원 업무 box: the request's task holds the typed words somewhere, exactly as typed (no
 * pattern characters, unlike LIKE, whose case rules also differ between the engines). SQLite spells
 * it instr, PostgreSQL strpos.
 *
 * Not through a trigram index like the ledger's search (loans/searchIndex.ts), on purpose: the words
 * typed here are mostly two syllables (인감, 여권, 전입), which a trigram index cannot answer, and the
 * list is always one period read through interpretation_request_day, so the test runs only on that
 * period's requests. (The staff list is filtered on the screen, from the few hundred people it holds.)
 */
export function taskContains(db: Db, words: string): Expression<SqlBool> {
  const task = sql.ref('r.task');
  return engineOf(db) === 'postgres' ? sql<SqlBool>`strpos(${task}, ${words}) > 0` : sql<SqlBool>`instr(${task}, ${words}) > 0`;
}
