import type { Migration } from '../migration';

export const migration: Migration = {
  version: 3,
  name: 'loans',
  up: (d) => {
    // A status change names the loan that caused it; the loan table comes after it in this script.
    const statusLoan = d.referenceAhead('wheelchair_status_change', 'loan_id', 'loan (id)');
    return `
-- Wheelchair loans (휠체어 무료 대여): the inventory, its status history, the loans and the reminder calls.
-- Times of day are the desk's local time as 'yyyy-MM-dd HH:mm', so they compare as text and read as written.

CREATE TABLE wheelchair (
  id           ${d.id},
  asset_number TEXT NOT NULL UNIQUE CHECK (length(trim(asset_number)) BETWEEN 1 AND 30),
  kind         TEXT NOT NULL CHECK (kind IN ('manual', 'electric', 'child', 'other')),
  note         TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  -- 'on_loan' is set and cleared only together with an open loan, in the same transaction.
  status       TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'on_loan', 'repair', 'retired')),
  created_at   TEXT NOT NULL,
  created_by   INTEGER REFERENCES staff (id),
  updated_at   TEXT NOT NULL,
  updated_by   INTEGER REFERENCES staff (id)
);

-- Every status a wheelchair has had: registered, lent, returned, sent to repair, retired.
CREATE TABLE wheelchair_status_change (
  id            ${d.id},
  wheelchair_id INTEGER NOT NULL REFERENCES wheelchair (id),
  changed_at    TEXT NOT NULL,
  from_status   TEXT CHECK (from_status IS NULL OR from_status IN ('available', 'on_loan', 'repair', 'retired')),
  to_status     TEXT NOT NULL CHECK (to_status IN ('available', 'on_loan', 'repair', 'retired')),
  reason        TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  loan_id       INTEGER ${statusLoan.inColumn},
  staff_id      INTEGER REFERENCES staff (id)
);
CREATE INDEX wheelchair_status_change_wheelchair ON wheelchair_status_change (wheelchair_id, changed_at);

CREATE TABLE loan (
  id               ${d.id},
  wheelchair_id    INTEGER NOT NULL REFERENCES wheelchair (id),
  -- Personal data: kept only with consent, destroyed after the retention period. Never an ID number.
  borrower_name    TEXT CHECK (borrower_name IS NULL OR length(trim(borrower_name)) BETWEEN 1 AND 50),
  borrower_phone   TEXT CHECK (borrower_phone IS NULL OR (NOT (${d.glob('borrower_phone', '*[^0-9]*')}) AND length(borrower_phone) BETWEEN 9 AND 11)),
  name_choseong    TEXT CHECK (name_choseong IS NULL OR length(name_choseong) <= 50),
  borrower_relation TEXT NOT NULL DEFAULT 'self' CHECK (borrower_relation IN ('self', 'guardian')),
  -- The same person across loans, fixed when the loan is saved (see loanFigures.ts): survives destruction.
  borrower_no      INTEGER NOT NULL,
  consent_at       TEXT,
  id_checked       INTEGER NOT NULL DEFAULT 0 CHECK (id_checked IN (0, 1)),
  purpose          TEXT NOT NULL CHECK (purpose IN ('in_hall', 'outside')),
  started_at       TEXT NOT NULL CHECK (${d.minute('started_at')}),
  due_date         TEXT NOT NULL CHECK (${d.date('due_date')}),
  original_due_date TEXT,
  extended_at      TEXT,
  extended_by      INTEGER REFERENCES staff (id),
  lent_by          INTEGER NOT NULL REFERENCES staff (id),
  note             TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  returned_at      TEXT CHECK (returned_at IS NULL OR ${d.minute('returned_at')}),
  return_condition TEXT CHECK (return_condition IS NULL OR return_condition IN ('good', 'damaged')),
  return_note      TEXT NOT NULL DEFAULT '' CHECK (length(return_note) <= 500),
  received_by      INTEGER REFERENCES staff (id),
  personal_data_destroyed_at TEXT,
  created_at       TEXT NOT NULL,
  created_by       INTEGER REFERENCES staff (id),
  updated_at       TEXT NOT NULL,
  updated_by       INTEGER REFERENCES staff (id),
  CHECK (consent_at IS NOT NULL OR (borrower_name IS NULL AND borrower_phone IS NULL)),
  CHECK (personal_data_destroyed_at IS NULL OR (borrower_name IS NULL AND borrower_phone IS NULL AND name_choseong IS NULL)),
  -- A return cannot precede its loan. Named: the desk answers this refusal in Korean (loans/lending.ts).
  CONSTRAINT loan_return_after_start CHECK (returned_at IS NULL OR returned_at >= started_at),
  CHECK ((returned_at IS NULL) = (return_condition IS NULL) AND (returned_at IS NULL) = (received_by IS NULL)),
  CHECK (due_date >= substr(started_at, 1, 10)),
  CHECK ((extended_at IS NULL) = (original_due_date IS NULL))
);
${statusLoan.afterTarget}

-- One open loan per wheelchair: the same wheelchair cannot be lent twice at once.
CREATE UNIQUE INDEX loan_one_open_per_wheelchair ON loan (wheelchair_id) WHERE returned_at IS NULL;
-- The ledger and the counts read by start time; the covering column keeps distinct-borrower counts off the table.
CREATE INDEX loan_started ON loan (started_at, borrower_no);
CREATE INDEX loan_open_due ON loan (due_date) WHERE returned_at IS NULL;
CREATE INDEX loan_phone ON loan (borrower_phone) WHERE borrower_phone IS NOT NULL;
CREATE INDEX loan_name ON loan (borrower_name) WHERE borrower_name IS NOT NULL;
CREATE INDEX loan_borrower_no ON loan (borrower_no);
CREATE INDEX loan_wheelchair ON loan (wheelchair_id, started_at);
-- Today's returns on the board, and the retention purge.
CREATE INDEX loan_returned ON loan (returned_at) WHERE returned_at IS NOT NULL;

-- A wheelchair in repair or retired cannot go out (a past, already returned loan may still be recorded).
${d.refuseWhen({
  name: 'loan_wheelchair_lendable',
  table: 'loan',
  before: 'INSERT',
  when: `NEW.returned_at IS NULL AND (SELECT status FROM wheelchair WHERE id = NEW.wheelchair_id) IN ('repair', 'retired')`,
  message: 'wheelchair not lendable: in repair or retired',
})}

-- One extension per loan.
${d.refuseWhen({
  name: 'loan_extended_once',
  table: 'loan',
  before: 'UPDATE',
  of: ['extended_at'],
  when: 'OLD.extended_at IS NOT NULL AND NEW.extended_at IS DISTINCT FROM OLD.extended_at',
  message: 'loan already extended',
})}

-- "연락함": each reminder call about an overdue loan, so the desk sees who was already called.
CREATE TABLE loan_contact (
  id           ${d.id},
  loan_id      INTEGER NOT NULL REFERENCES loan (id),
  contacted_at TEXT NOT NULL CHECK (${d.minute('contacted_at')}),
  result       TEXT NOT NULL CHECK (length(trim(result)) BETWEEN 1 AND 200),
  staff_id     INTEGER REFERENCES staff (id),
  created_at   TEXT NOT NULL,
  created_by   INTEGER REFERENCES staff (id)
);
CREATE INDEX loan_contact_loan ON loan_contact (loan_id, contacted_at);
`;
  },
};
