import { sql } from 'kysely';
import { ledgerRepository } from '../../electron/loans/ledgerRepository';
import { loanCounts, loanFiguresByYear } from '../../electron/loans/loanFigures';
import type { Db } from '../../electron/db/schema';
import { ledgerFilter } from '../../shared/contract/loans';
import { yearOf } from '../../shared/dateRange';
import { tempCore } from '../helpers/tempCore';
import { plainLedgerSearch } from './plainSearch';
import { generateLoans } from './data/loanData';
import { timed } from './timing';
import { settled } from './settled';

const FIRST_DAY = '2016-01-01';
const LAST_DAY = '2025-12-31';

/** The plain SQL of a ledger page of a period: the rows newest first, and how many there are. */
async function plainPage(db: Db, from: string, to: string, limit = 100) {
  const end = `${to} 23:59`;
  await sql`SELECT l.*, w.asset_number FROM loan l JOIN wheelchair w ON w.id = l.wheelchair_id
            WHERE l.started_at >= ${from} AND l.started_at <= ${end} ORDER BY l.started_at DESC, l.id DESC LIMIT ${limit}`.execute(db);
  await sql`SELECT count(*) AS n FROM loan WHERE started_at >= ${from} AND started_at <= ${end}`.execute(db);
}

/** The ledger's and the report's queries on ten years of loans, on the engine the run is on (SQLite unless MINWON_TEST_ENGINE says otherwise). */
export async function run() {
  const app = await tempCore();
  const db = app.db;
  const started = performance.now();
  const { loans } = await generateLoans(db, FIRST_DAY, LAST_DAY);
  console.log(`${loans.toLocaleString('ko-KR')} loans over ten years generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await settled(db);

  const ledger = ledgerRepository(db);
  const today = '2026-01-05';
  // The ledger channel's own input parsing gives the defaults the screen sends (first page of 100).
  const open = (input: object) => ledger.ledger(ledgerFilter.parse(input), today);
  const year = { from: '2024-01-01', to: '2024-12-31' };

  const page = await timed('ledger: one year, first page (as the screen opens)', () => open(year), { plain: () => plainPage(db, year.from, year.to) });
  console.log(`  → ${page.rows.length} rows shown of ${page.total.toLocaleString('ko-KR')}`);
  const all = await timed('ledger: one year, every row (print / export)', () => open({ ...year, limit: 10_000 }), {
    plain: () => plainPage(db, year.from, year.to, 10_000),
  });
  console.log(`  → ${all.rows.length.toLocaleString('ko-KR')} rows`);
  const byChoseong = await timed('search: 초성 ㄱㄱㄷ in one year', () => open({ ...year, search: 'ㄱㄱㄷ' }), {
    plain: () => plainLedgerSearch(db, { ...year, search: 'ㄱㄱㄷ', limit: 100 }),
    plainLabel: 'plain SQL, same page',
  });
  console.log(`  → ${byChoseong.total} matches`);
  const byChoseongAll = await timed('search: 초성 ㅎㅊㅎ over ten years', () => open({ from: FIRST_DAY, to: LAST_DAY, search: 'ㅎㅊㅎ' }), {
    plain: () => plainLedgerSearch(db, { from: FIRST_DAY, to: LAST_DAY, search: 'ㅎㅊㅎ', limit: 100 }),
    plainLabel: 'plain SQL, same page',
  });
  console.log(`  → ${byChoseongAll.total} matches`);
  const byPhone = await timed('search: phone digits 1234 over ten years', () => open({ from: FIRST_DAY, to: LAST_DAY, search: '1234' }), {
    plain: () => plainLedgerSearch(db, { from: FIRST_DAY, to: LAST_DAY, search: '1234', limit: 100 }),
    plainLabel: 'plain SQL, same page',
  });
  console.log(`  → ${byPhone.total} matches`);
  await timed('search: overdue-returned in one year', () => open({ ...year, state: 'returnedLate' }));
  const counts = await timed('monthly counts for one year (loans.figures)', () => loanCounts(db, year), {
    plain: () => sql`SELECT substr(started_at, 1, 7) AS m, count(*), count(DISTINCT borrower_no) FROM loan
                     WHERE started_at >= ${year.from} AND started_at <= ${`${year.to} 23:59`} GROUP BY substr(started_at, 1, 7)`.execute(db),
    plainLabel: 'plain GROUP BY',
  });
  console.log(`  → ${counts.monthly.map((m) => m.loans).join(', ')}`);
  const figures = await timed('report figures for one year (loanFiguresByYear)', async () => (await loanFiguresByYear(db, year)).get(yearOf(year.from))!, {
    plain: () => sql`SELECT count(*), count(DISTINCT borrower_no) FROM loan WHERE started_at >= ${year.from} AND started_at <= ${`${year.to} 23:59`}`.execute(db),
    plainLabel: 'plain aggregate',
  });
  console.log(`  → ${figures.loans} loans, ${figures.borrowers} distinct borrowers`);
  await timed('monthly counts for ten years', () => loanCounts(db, { from: FIRST_DAY, to: LAST_DAY }));
  await app.close();
}
