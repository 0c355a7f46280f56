import { sql } from 'kysely';
import { engineOf } from '../../electron/db/engine';
import type { Db } from '../../electron/db/schema';

/**
 * The bench's freshly written data as a working office database holds it: the planner has its
 * statistics (ANALYZE), and on PostgreSQL the new rows are vacuumed too, as autovacuum leaves them.
 * Otherwise autovacuum starts on the new rows while the bench measures, and takes one of the two cores.
 */
export async function settled(db: Db): Promise<void> {
  await (engineOf(db) === 'postgres' ? sql`VACUUM ANALYZE` : sql`ANALYZE`).execute(db);
}
