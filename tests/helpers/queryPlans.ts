import { CompiledQuery } from 'kysely';
import type { Db } from '../../electron/db/schema';
import { statementsSent } from './statementsSent';

/** The plan of every statement `run` sends through `db`, one line per statement, as SQLite's EXPLAIN QUERY PLAN words it. */
export async function plansOf(db: Db, run: (spied: Db) => Promise<unknown>): Promise<string[]> {
  const plans: string[] = [];
  for (const q of await statementsSent(db, run)) {
    const { rows } = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters]));
    plans.push(rows.map((r) => r.detail).join('; '));
  }
  return plans;
}
