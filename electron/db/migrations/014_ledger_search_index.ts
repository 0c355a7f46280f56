import type { Migration } from '../migration';

/**
 * The search indexes as released, written out per engine (loans/searchIndex.ts queries them): SQLite's
 * contentless FTS5 trigram table with its triggers and first fill, and the B-tree for short 초성
 * fragments; PostgreSQL's pg_trgm GIN indexes on the same three columns.
 */
const searchIndex = {
  sqlite: `
-- Contentless: the index keeps trigrams and loan ids, no copy of a name; contentless_delete lets a
-- trigger take a loan out by its id alone.
CREATE VIRTUAL TABLE loan_search USING fts5 (choseong, phone, name, content = '', contentless_delete = 1, tokenize = 'trigram');
INSERT INTO loan_search (rowid, choseong, phone, name) SELECT loan.id, loan.name_choseong, loan.borrower_phone, lower(loan.borrower_name) FROM loan WHERE (loan.name_choseong IS NOT NULL OR loan.borrower_phone IS NOT NULL OR loan.borrower_name IS NOT NULL);
CREATE TRIGGER loan_search_insert AFTER INSERT ON loan WHEN (NEW.name_choseong IS NOT NULL OR NEW.borrower_phone IS NOT NULL OR NEW.borrower_name IS NOT NULL) BEGIN
  INSERT INTO loan_search (rowid, choseong, phone, name) VALUES (NEW.id, NEW.name_choseong, NEW.borrower_phone, lower(NEW.borrower_name));
END;
CREATE TRIGGER loan_search_update AFTER UPDATE OF name_choseong, borrower_phone, borrower_name ON loan BEGIN
  DELETE FROM loan_search WHERE rowid = OLD.id;
  INSERT INTO loan_search (rowid, choseong, phone, name) SELECT NEW.id, NEW.name_choseong, NEW.borrower_phone, lower(NEW.borrower_name) WHERE (NEW.name_choseong IS NOT NULL OR NEW.borrower_phone IS NOT NULL OR NEW.borrower_name IS NOT NULL);
END;
CREATE TRIGGER loan_search_delete AFTER DELETE ON loan BEGIN
  DELETE FROM loan_search WHERE rowid = OLD.id;
END;
CREATE INDEX loan_choseong ON loan (name_choseong) WHERE name_choseong IS NOT NULL;`,
  postgres: `
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX loan_search_choseong ON loan USING gin ((name_choseong) gin_trgm_ops);
CREATE INDEX loan_search_phone ON loan USING gin ((borrower_phone) gin_trgm_ops);
CREATE INDEX loan_search_name ON loan USING gin ((lower(borrower_name)) gin_trgm_ops);`,
};

export const migration: Migration = {
  version: 14,
  name: 'ledger_search_index',
  up: (d) => `
-- A loan whose name and phone an earlier version destroyed kept its notes and call results, which may
-- name the person too: they go now, as the purge destroys them from this version on (loanPersonalData.ts),
-- so a destroyed loan holds no personal data at all and the purge's index below needs no other test.
UPDATE loan SET note = '', return_note = '' WHERE personal_data_destroyed_at IS NOT NULL AND (note <> '' OR return_note <> '');
UPDATE loan_contact SET result = '파기됨'
  WHERE result <> '파기됨' AND loan_id IN (SELECT id FROM loan WHERE personal_data_destroyed_at IS NOT NULL);
UPDATE wheelchair_status_change SET reason = '반납 시 파손·고장'
  WHERE reason LIKE '반납 시 파손·고장: %' AND loan_id IN (SELECT id FROM loan WHERE personal_data_destroyed_at IS NOT NULL);

-- The ledger's search box answered from an index (loans/searchIndex.ts says how, per engine).
${searchIndex[d.engine]}

-- The retention purge reads only the loans it has not destroyed yet, by the time they came back: a
-- destroyed loan is not in this index, so a later start reads only the loans whose time has come. The
-- WHERE is the purge's own (loanPersonalData.ts), so both engines use it.
CREATE INDEX loan_personal_data_due ON loan (returned_at) WHERE personal_data_destroyed_at IS NULL;
`,
};
