import { sql } from 'kysely';
import { tempCore } from '../helpers/tempCore';
import { generateLoans } from '../bench/data/loanData';

const app = await tempCore();
await generateLoans(app.db, '2015-01-01', '2024-12-31');
await sql`ANALYZE`.execute(app.db);
const db = app.db;
const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
const grouped = () => sql`SELECT substr(started_at, 1, 4) AS y, count(*) AS n, count(DISTINCT borrower_no) AS b FROM loan WHERE started_at >= '2015-01-01' AND started_at < '2025-01-01' GROUP BY substr(started_at, 1, 4)`.execute(db);
const unioned = () => sql.raw(years.map((y) => `SELECT ${y} AS y, count(*) AS n, count(DISTINCT borrower_no) AS b FROM loan WHERE started_at >= '${y}-01-01' AND started_at < '${y + 1}-01-01'`).join(' UNION ALL ')).execute(db);
const perYear = async () => { for (const y of years) await sql`SELECT count(*) AS n, count(DISTINCT borrower_no) AS b FROM loan WHERE started_at >= ${`${y}-01-01`} AND started_at < ${`${y + 1}-01-01`}`.execute(db); };
const t: Record<string, number[]> = {};
for (let i = 0; i < 30; i++) for (const [k, f] of Object.entries({ grouped, unioned, perYear })) { const s = performance.now(); await f(); (t[k] ??= []).push(performance.now() - s); }
for (const [k, v] of Object.entries(t)) console.log(k, v.sort((a, b) => a - b)[15].toFixed(2));
console.log((await sql.raw('EXPLAIN QUERY PLAN ' + years.slice(0, 2).map((y) => `SELECT ${y} AS y, count(*) AS n, count(DISTINCT borrower_no) AS b FROM loan WHERE started_at >= '${y}-01-01' AND started_at < '${y + 1}-01-01'`).join(' UNION ALL ')).execute(db)).rows);
await app.close();
