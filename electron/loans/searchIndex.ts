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
 * PostgreSQL keeps pg_trgm GIN indexes on the same three columns.
 *
 * Trigrams need 3 characters. On SQLite a shorter fragment (ㅎㄱ, 12) is looked for in the partial B-tree
 * indexes that hold only the loans whose personal data still exists: the scan reads the index (covering:
 * the column and the id), never the loan table, and the index shrinks as the purge destroys old data.
 * pg_trgm serves short LIKE patterns itself, by reading its whole (small) index.
 *
 * Asset numbers are not indexed here: the wheelchair table holds one row per wheelchair (tens of rows),
 * and the loans of the matching wheelchairs come through the loan_wheelchair index.
 */
export type SearchedColumn = 'name_choseong' | 'borrower_phone' | 'borrower_name';

/** The FTS5 column (SQLite) or indexed expression (PostgreSQL) for each searched loan column, as migration 014 made them. */
const indexed: Record<SearchedColumn, { fts: string; expression: string; btree: string }> = {
  name_choseong: { fts: 'choseong', expression: 'name_choseong', btree: 'loan_choseong' },
  borrower_phone: { fts: 'phone', expression: 'borrower_phone', btree: 'loan_phone' },
  borrower_name: { fts: 'name', expression: 'lower(borrower_name)', btree: 'loan_name' },
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
  const { fts, expression, btree } = indexed[column];
  // pg_trgm's GIN index serves a LIKE of any length (a fragment too short for a trigram reads the whole
  // index, not the table).
  if (engineOf(db) === 'postgres') return sql`SELECT id FROM loan WHERE ${sql.raw(expression)} LIKE ${likeAnywhere(fragment)}`;
  // FTS5 matches nothing shorter than a trigram: the partial B-tree holds every loan whose column is set,
  // and a scan of it is served by the index alone (the column and the id).
  if ([...fragment].length < TRIGRAM) {
    return sql`SELECT id FROM loan INDEXED BY ${sql.raw(btree)} WHERE ${sql.raw(column)} IS NOT NULL AND instr(${sql.raw(expression)}, ${fragment}) > 0`;
  }
  return sql`SELECT rowid FROM loan_search WHERE loan_search MATCH ${`${fts} : ${phrase(fragment)}`}`;
}

/** The loans lent on a wheelchair whose asset number holds `fragment` (lower-cased when `lower`). */
export function loanIdsOnWheelchairs(db: Db, fragment: string, lower: boolean): Expression<unknown> {
  const asset = lower ? sql`lower(asset_number)` : sql`asset_number`;
  const contains = engineOf(db) === 'postgres' ? sql`strpos(${asset}, ${fragment}) > 0` : sql`instr(${asset}, ${fragment}) > 0`;
  return sql`SELECT id FROM loan WHERE wheelchair_id IN (SELECT id FROM wheelchair WHERE ${contains})`;
}

/** `l.id` is among the candidates of any of the selects (each a bare SELECT of loan ids). */
export const loanIdIn = (...candidates: Expression<unknown>[]): Expression<SqlBool> =>
  sql<SqlBool>`l.id IN (${sql.join(candidates, sql` UNION `)})`;
