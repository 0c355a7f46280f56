import { CompiledQuery, type KyselyPlugin, type QueryId } from 'kysely';
import type { Db } from '../../electron/db/schema';

/**
 * The statements `run` sends through `db` (SQL and parameters, as the database receives them), in order.
 * A plugin also sees each subquery as it is built into its statement; only a query that comes back
 * with a result was sent, so a statement is kept when its result arrives.
 */
export async function statementsSent(db: Db, run: (spied: Db) => Promise<unknown>): Promise<CompiledQuery[]> {
  const built = new Map<QueryId, CompiledQuery>();
  const seen: CompiledQuery[] = [];
  const spy: KyselyPlugin = {
    transformQuery: (args) => {
      built.set(args.queryId, db.getExecutor().compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: async (args) => {
      const sent = built.get(args.queryId);
      if (sent) seen.push(sent);
      return args.result;
    },
  };
  await run(db.withPlugin(spy));
  return seen;
}
