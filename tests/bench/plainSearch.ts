import { sql } from 'kysely';
import { engineOf } from '../../electron/db/engine';
import type { Db } from '../../electron/db/schema';
import { LISTED_CANDIDATES } from '../../electron/loans/searchIndex';
import { addDays } from '../../shared/korean/holidays';

/** A search as the ledger answers it: the box's text, the period, and the page (the newest first). */
export interface SearchedPage {
  search: string;
  from: string;
  to: string;
  limit: number;
}

/**
 * The ledger's answer to a search the plainest way, by hand-written SQL over the same search index:
 * the page of matching loans in the period (newest first, with the columns the ledger shows, the
 * wheelchair and the staff who lent and received) and how many match in all. 초성 is looked for in the
 * stored 초성, digits in the phone and the asset number (SQLite: the FTS5 trigram table; PostgreSQL: a
 * LIKE the pg_trgm index serves, on the 초성's letters), the two sets of loans joined by UNION (an OR
 * would read every loan). What the app adds on top (the contract's check, the sign-in, the masking,
 * its query builder) is the app's own cost, which the ratio shows.
 */
export async function plainLedgerSearch(db: Db, { search, from, to, limit }: SearchedPage) {
  const choseong = /^[ㄱ-ㅎ]+$/.test(search);
  const postgres = engineOf(db) === 'postgres';
  const byIndex = postgres
    ? choseong
      ? sql`SELECT id FROM loan WHERE choseong_trigrams(name_choseong) LIKE '%' || choseong_trigrams(${search}) || '%'`
      : sql`SELECT id FROM loan WHERE borrower_phone LIKE ${`%${search}%`}`
    : sql`SELECT rowid FROM loan_search WHERE loan_search MATCH ${`${choseong ? 'choseong' : 'phone'} : "${search}"`}`;
  // The wheelchairs first (tens of rows), so the planner sees which ones: as a subquery PostgreSQL
  // guesses that a third of them match.
  const wheelchairs = choseong
    ? []
    : (await sql<{ id: number }>`SELECT id FROM wheelchair WHERE ${postgres ? sql`strpos(asset_number, ${search})` : sql`instr(asset_number, ${search})`} > 0`.execute(db)).rows.map((r) => r.id);
  const union = wheelchairs.length === 0 ? byIndex : sql`${byIndex} UNION SELECT id FROM loan WHERE wheelchair_id IN (${sql.join(wheelchairs)})`;
  // PostgreSQL gets a short candidate list as a list, as the app gives it (searchIndex.ts says why).
  const listed = postgres ? (await sql<{ id: number }>`${union} LIMIT ${LISTED_CANDIDATES + 1}`.execute(db)).rows.map((r) => r.id) : [];
  const matches = postgres && listed.length <= LISTED_CANDIDATES ? sql`l.id = ANY(${listed}::integer[])` : sql`l.id IN (${union})`;
  const inPeriod = sql`l.started_at >= ${from} AND l.started_at < ${addDays(to, 1)}`;
  const page = await sql`
    SELECT l.id, l.wheelchair_id, w.asset_number, w.kind, l.borrower_name, l.borrower_phone, l.borrower_relation, l.purpose,
           l.id_checked, l.started_at, l.due_date, l.extended_at, l.returned_at, l.return_condition, l.return_note,
           lb.name AS lent_by_name, rb.name AS received_by_name, l.note, l.personal_data_destroyed_at, l.borrower_no
    FROM loan l JOIN wheelchair w ON w.id = l.wheelchair_id
    LEFT JOIN staff lb ON lb.id = l.lent_by LEFT JOIN staff rb ON rb.id = l.received_by
    WHERE ${matches} AND ${inPeriod} ORDER BY l.started_at DESC, l.id DESC LIMIT ${limit}`.execute(db);
  const total = await sql<{ n: number }>`SELECT count(*) AS n FROM loan l WHERE ${matches} AND ${inPeriod}`.execute(db);
  return { rows: page.rows, total: Number(total.rows[0].n) };
}
