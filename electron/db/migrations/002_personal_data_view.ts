import type { Migration } from '../migration';

export const migration: Migration = {
  version: 2,
  name: 'personal_data_view',
  up: (d) => `
-- Every time someone shows a visitor's full name or phone number on purpose, one row here:
-- who looked, when, at which record, and why. Areas that keep personal data write to it.
CREATE TABLE personal_data_view (
  id          ${d.id},
  viewed_at   TEXT NOT NULL,
  staff_id    INTEGER REFERENCES staff (id),
  record_kind TEXT NOT NULL CHECK (length(record_kind) BETWEEN 1 AND 50),
  record_id   INTEGER NOT NULL,
  purpose     TEXT NOT NULL DEFAULT '' CHECK (length(purpose) <= 200)
);
CREATE INDEX personal_data_view_record ON personal_data_view (record_kind, record_id);
`,
};
