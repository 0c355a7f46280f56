import { CompiledQuery, type KyselyPlugin } from 'kysely';
import type { Db } from '../../electron/db/schema';

/** The statements `run` sends through `db` (SQL and parameters, as the database receives them), in order. */
export async function statementsSent(db: Db, run: (spied: Db) => Promise<unknown>): Promise<CompiledQuery[]> {
  const seen: CompiledQuery[] = [];
  const spy: KyselyPlugin = {
    transformQuery: (args) => {
      seen.push(db.getExecutor().compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await run(db.withPlugin(spy));
  return seen;
}
