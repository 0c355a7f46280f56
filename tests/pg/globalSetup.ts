import pg from 'pg';
import { migratePostgres } from '../../electron/db/migrator';
import { startCluster, stopCluster } from './throwawayCluster.mjs';

/**
 * The PostgreSQL half of the suite: a server (MINWON_TEST_PG_URL from .ci/run, or a throw-away cluster
 * started here), and a template database migrated once, from which every test's fresh database is
 * copied (tests/helpers/testDatabase.ts): copying a template is far quicker than migrating each time.
 */
export default async function setup() {
  let stop: (() => void) | null = null;
  if (!process.env.MINWON_TEST_PG_URL) {
    const cluster = await startCluster();
    process.env.MINWON_TEST_PG_URL = cluster.url;
    stop = () => stopCluster(cluster.dir);
  }
  const template = `minwon_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.MINWON_TEST_PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(process.env.MINWON_TEST_PG_URL);
  url.pathname = `/${template}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  await migratePostgres(pool);
  await pool.end();
  process.env.MINWON_TEST_PG_TEMPLATE = template;

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
    stop?.();
  };
}
