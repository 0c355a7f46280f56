import { sql, type Expression, type SqlBool } from 'kysely';
import { engineOf } from '../db/engine';
import type { Db } from '../db/schema';

/**
 * The index behind the ledger's search box, the one place where the engines differ for it.
 *
 * A search looks for a fragment anywhere inside a borrower's 초성, phone digits or (lower-cased) name,
 * which no B-tree can answer. SQLite keeps an FTS5 table with the trigram tokenizer (loan_search),
 * contentless so it holds no copy of anyone's name, kept in step with the loan table by triggers; the
 * retention purge sets the personal data to NULL, and the trigger takes the loan out of the index.
 * PostgreSQL keeps pg_trgm GIN indexes on the same three columns; the two that hold Hangul are indexed as
 * ASCII keys (migration 020: 초성 as letters, a name as the hex of its bytes), because pg_trgm takes
 * trigrams only from what the database's ctype calls letters, and the office database's ctype is C.
 *
 * Trigrams need 3 characters. On SQLite a shorter fragment (ㅎㄱ, 12) is looked for in the partial B-tree
 * indexes that hold only the loans whose personal data still exists: the scan reads the index (covering:
 * the column and the id), never the loan table, and the index shrinks as the purge destroys old data.
 * pg_trgm serves short LIKE patterns itself, by reading its whole (small) index.
 *
 * Asset numbers are not indexed here: the wheelchair table holds one row per wheelchair (tens of rows),
 * so the matching wheelchairs are looked up first and their loans come through the loan_wheelchair index.
 */
export type SearchedColumn = 'name_choseong' | 'borrower_phone' | 'borrower_name';

/**
 * For each searched loan column: its FTS5 column and short-fragment B-tree (SQLite, migration 014), the
 * text searched, and the function whose ASCII key of that text PostgreSQL indexes (migration 020), if
 * it indexes a key rather than the text (014).
 */
const indexed: Record<SearchedColumn, { fts: string; expression: string; btree: string; key: string | null }> = {
  name_choseong: { fts: 'choseong', expression: 'name_choseong', btree: 'loan_choseong', key: 'choseong_trigrams' },
  borrower_phone: { fts: 'phone', expression: 'borrower_phone', btree: 'loan_phone', key: null },
  borrower_name: { fts: 'name', expression: 'lower(borrower_name)', btree: 'loan_name', key: 'trigram_hex' },
};

/**
 * The schema objects of the search index, which differ between the engines by design: SQLite's FTS5
 * table (and its shadow tables and triggers) and short-fragment index, PostgreSQL's GIN indexes.
 */
export const isSearchIndexObject = (name: string) => name === 'loan_choseong' || name.startsWith('loan_search');

/** The shortest fragment a trigram index can answer. */
export const TRIGRAM = 3;

/**
 * After the retention purge: rewrites the FTS5 index so the destroyed loans' trigrams leave the file
 * (a delete only marks them gone until segments merge). PostgreSQL's GIN entries go with VACUUM.
 */
export async function compactLoanSearch(db: Db): Promise<void> {
  if (engineOf(db) === 'sqlite') await sql`INSERT INTO loan_search (loan_search) VALUES ('optimize')`.execute(db);
}

/** A fragment as one FTS5 phrase: in double quotes, a double quote doubled. */
const phrase = (fragment: string) => `"${fragment.replaceAll('"', '""')}"`;

/** A fragment inside a LIKE pattern, its pattern characters escaped (PostgreSQL's LIKE escapes with \). */
const likeAnywhere = (fragment: string) => `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The ids of the loans whose column may hold `fragment`, as a SELECT an index answers: a candidate
 * set. The caller keeps its exact test (instr/strpos) beside it, so the index never changes what a
 * search finds, only how fast.
 */
export function loanIdsMatching(db: Db, column: SearchedColumn, fragment: string): Expression<unknown> {
  const { fts, expression, btree, key } = indexed[column];
  if (engineOf(db) === 'postgres') {
    // The fragment's key is a piece of the column's key wherever the fragment is a piece of the column,
    // and holds only letters and digits, none of LIKE's pattern characters. The server works it out once,
    // while planning, so the index sees a constant pattern. A fragment too short for a trigram reads the
    // whole (small) GIN index, not the table.
    if (key) return sql`SELECT id FROM loan WHERE ${sql.raw(key)}(${sql.raw(expression)}) LIKE '%' || ${sql.raw(key)}(${fragment}) || '%'`;
    return sql`SELECT id FROM loan WHERE ${sql.raw(expression)} LIKE ${likeAnywhere(fragment)}`;
  }
  // FTS5 matches nothing shorter than a trigram: the partial B-tree holds every loan whose column is set,
  // and a scan of it is served by the index alone (the column and the id).
  if ([...fragment].length < TRIGRAM) {
    return sql`SELECT id FROM loan INDEXED BY ${sql.raw(btree)} WHERE ${sql.raw(column)} IS NOT NULL AND instr(${sql.raw(expression)}, ${fragment}) > 0`;
  }
  return sql`SELECT rowid FROM loan_search WHERE loan_search MATCH ${`${fts} : ${phrase(fragment)}`}`;
}

/**
 * The wheelchairs whose asset number holds `fragment` (lower-cased when `lower`), read before the loans:
 * the table is tens of rows, and a planner that sees their numbers counts their loans from its statistics.
 * Left as a subquery, PostgreSQL guessed a third of the wheelchairs match any text and read every loan.
 */
export async function wheelchairsNumbered(db: Db, fragment: string, lower: boolean): Promise<number[]> {
  const asset = lower ? sql`lower(asset_number)` : sql`asset_number`;
  const contains = engineOf(db) === 'postgres' ? sql`strpos(${asset}, ${fragment}) > 0` : sql`instr(${asset}, ${fragment}) > 0`;
  const rows = await sql<{ id: number }>`SELECT id FROM wheelchair WHERE ${contains}`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}

/** The loans lent on these wheelchairs, as candidates (none when no wheelchair matched). */
export const loanIdsOnWheelchairs = (wheelchairIds: number[]): Expression<unknown>[] =>
  wheelchairIds.length === 0 ? [] : [sql`SELECT id FROM loan WHERE wheelchair_id IN (${sql.join(wheelchairIds)})`];

/** On PostgreSQL, a search offering at most this many loans has them listed before the ledger's query. */
export const LISTED_CANDIDATES = 10_000;

/**
 * `l.id` is among the candidates of any of the selects (each a bare SELECT of loan ids).
 *
 * PostgreSQL cannot tell from its statistics how many loans a trigram LIKE finds: it guessed 1,300 phones
 * hold 1234 where 57 do, and so walked the whole started_at index backwards for a page of 100, meeting
 * a match every few thousand loans. So it is asked for the candidates first; when they are few, the
 * ledger's query gets them as a list whose length the planner knows. Many candidates are a search loose
 * enough for the planner's guess to be right, and stay a subquery. SQLite's planner starts from the
 * FTS5 table whatever the count (ledgerSearchPlan.test.ts).
 */
export async function loanIdIn(db: Db, ...candidates: Expression<unknown>[]): Promise<Expression<SqlBool>> {
  const any = sql.join(candidates, sql` UNION `);
  if (engineOf(db) === 'postgres') {
    const { rows } = await sql<{ id: number }>`${any} LIMIT ${LISTED_CANDIDATES + 1}`.execute(db);
    if (rows.length <= LISTED_CANDIDATES) return sql<SqlBool>`l.id = ANY(${rows.map((r) => r.id)}::integer[])`;
  }
  return sql<SqlBool>`l.id IN (${any})`;
}
