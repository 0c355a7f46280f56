import type { Migration } from '../migration';

/**
 * PostgreSQL only. pg_trgm takes its trigrams from the characters the database's LC_CTYPE calls letters
 * or digits, and an office database is made with LC_CTYPE 'C' (README), where no Hangul character is
 * one: a 초성 or name search offered no trigram, so it read 014's whole GIN index and rechecked every
 * loan (0.19 s over thirty years). The two Hangul columns are indexed as ASCII letters and digits
 * instead, which every ctype counts as word characters (loans/searchIndex.ts searches them the same
 * way). The phone's index stays as it is: digits are word characters everywhere.
 *
 * Both keys write each character as a fixed piece, so wherever a fragment is a piece of the column its
 * key is a piece of the column's key: the index offers every loan the exact test would find.
 *
 * SQLite is untouched: FTS5's trigram tokenizer takes every character.
 */
const asciiKeys = `
-- 초성 (only the 19 initial consonants, loans/lending.ts): each consonant becomes its letter and an x, so
-- two consonants already make trigrams (ㄱㅁ: axg, xgx); with one letter each (translate) a search of two
-- consonants had none. Plain SQL of built-in functions: the planner inlines it.
CREATE FUNCTION choseong_trigrams(s text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $key$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s, 'ㄱ', 'ax'), 'ㄲ', 'bx'), 'ㄴ', 'cx'), 'ㄷ', 'dx'), 'ㄸ', 'ex'), 'ㄹ', 'fx'), 'ㅁ', 'gx'), 'ㅂ', 'hx'), 'ㅃ', 'ix'), 'ㅅ', 'jx'), 'ㅆ', 'kx'), 'ㅇ', 'lx'), 'ㅈ', 'mx'), 'ㅉ', 'nx'), 'ㅊ', 'ox'), 'ㅋ', 'px'), 'ㅌ', 'qx'), 'ㅍ', 'rx'), 'ㅎ', 'sx')
$key$;

-- A name: the hex digits of its UTF-8 bytes. convert_to() is STABLE only because a conversion could be
-- redefined; to UTF-8 in the UTF-8 database the app requires (README) it is the bytes as stored, so the
-- key depends on its text alone, as an index needs. PL/pgSQL: a SQL wrapper costs twice as much a row.
CREATE FUNCTION trigram_hex(s text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $key$
BEGIN
  RETURN encode(convert_to(s, 'UTF8'), 'hex');
END
$key$;

DROP INDEX loan_search_choseong;
DROP INDEX loan_search_name;
CREATE INDEX loan_search_choseong ON loan USING gin ((choseong_trigrams(name_choseong)) gin_trgm_ops);
CREATE INDEX loan_search_name ON loan USING gin ((trigram_hex(lower(borrower_name))) gin_trgm_ops);`;

export const migration: Migration = {
  version: 20,
  name: 'ledger_search_in_any_locale',
  up: (d) => (d.engine === 'postgres' ? asciiKeys : `-- SQLite: nothing changes (FTS5's trigrams take every character).`),
};
