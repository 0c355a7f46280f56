import { sql, type Expression, type SqlBool } from 'kysely';
import { engineOf } from '../db/engine';
import type { Db } from '../db/schema';
import { loanIdIn, loanIdsMatching, loanIdsOnWheelchairs, wheelchairsNumbered } from './searchIndex';

const CHOSEONG_ONLY = /^[ㄱ-ㅎ\s]+$/;
const DIGITS_ONLY = /^[\d\s-]+$/;

export type SearchTerms = { mode: null; q: null } | { mode: 'choseong' | 'digits' | 'text'; q: string };

/** A whole phone number: 9 digits (02-123-4567) or more. Fewer (the last four) narrow a list, they do not name a person. */
export const FULL_PHONE_DIGITS = 9;

/**
 * How the desk's search box reads: only initial consonants (ㅎㄱㄷ) search the stored 초성 of names;
 * only digits search phone digits and asset numbers; anything else searches names and asset numbers.
 */
export function searchTerms(search: string): SearchTerms {
  const q = search.trim();
  if (!q) return { mode: null, q: null };
  if (CHOSEONG_ONLY.test(q)) return { mode: 'choseong', q: q.replace(/\s/g, '') };
  if (DIGITS_ONLY.test(q)) return { mode: 'digits', q: q.replace(/\D/g, '') };
  return { mode: 'text', q: q.toLowerCase() };
}

/**
 * `text` holds `fragment` somewhere, exactly as typed: no pattern characters, unlike LIKE (whose
 * case rules also differ between the engines). SQLite spells it instr, PostgreSQL strpos.
 */
function contains(db: Db, text: Expression<unknown>, fragment: string): Expression<SqlBool> {
  return engineOf(db) === 'postgres' ? sql<SqlBool>`strpos(${text}, ${fragment}) > 0` : sql<SqlBool>`instr(${text}, ${fragment}) > 0`;
}

/**
 * The ledger's search box as a condition on a loan (l) and its wheelchair (w); null when the box is empty.
 * Each mode is its own query: the loan ids a search index offers (searchIndex.ts), then the exact test.
 * Read with the same `db` (transaction) as the query it narrows: the wheelchairs are looked up first.
 */
export async function ledgerSearch(db: Db, terms: SearchTerms): Promise<Expression<SqlBool> | null> {
  if (terms.mode === null) return null;
  const has = (column: string) => contains(db, sql.ref(column), terms.q);
  const hasLower = (column: string) => contains(db, sql`lower(${sql.ref(column)})`, terms.q);
  switch (terms.mode) {
    case 'choseong':
      return sql<SqlBool>`(${await loanIdIn(db, loanIdsMatching(db, 'name_choseong', terms.q))} AND ${has('l.name_choseong')})`;
    case 'digits': {
      const onWheelchairs = loanIdsOnWheelchairs(await wheelchairsNumbered(db, terms.q, false));
      return sql<SqlBool>`(${await loanIdIn(db, loanIdsMatching(db, 'borrower_phone', terms.q), ...onWheelchairs)} AND (${has('l.borrower_phone')} OR ${has('w.asset_number')}))`;
    }
    case 'text': {
      const onWheelchairs = loanIdsOnWheelchairs(await wheelchairsNumbered(db, terms.q, true));
      return sql<SqlBool>`(${await loanIdIn(db, loanIdsMatching(db, 'borrower_name', terms.q), ...onWheelchairs)} AND (${hasLower('l.borrower_name')} OR ${hasLower('w.asset_number')}))`;
    }
  }
}

/**
 * The part of a search that looks a person up by name or by a whole phone number: the 접속기록 keeps
 * who searched for whom (the borrower's number, never the text searched). 초성 and a phone's last
 * digits match masked rows only, and an asset number is nobody's personal data: those are not kept.
 */
export function personSearch(db: Db, terms: SearchTerms): { action: 'search_name' | 'search_phone'; where: Expression<SqlBool> } | null {
  if (terms.mode === 'digits' && terms.q.length >= FULL_PHONE_DIGITS) return { action: 'search_phone', where: contains(db, sql.ref('l.borrower_phone'), terms.q) };
  if (terms.mode === 'text') return { action: 'search_name', where: contains(db, sql`lower(${sql.ref('l.borrower_name')})`, terms.q) };
  return null;
}
