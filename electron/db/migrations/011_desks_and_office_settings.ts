import type { Migration } from '../migration';

/** Tables whose rows keep who created them and who changed them last (created_by, updated_by). */
const CREATED_AND_UPDATED = [
  'department', 'staff', 'wheelchair', 'loan', 'interpretation_method', 'interpretation_request', 'interpreter',
  'guide_helper', 'guide_shift', 'training', 'healing_program', 'kindness_criterion', 'kindness_nomination',
  'kindness_rating', 'kindness_pick', 'pledge_card', 'pledge_certification_round', 'pledge_award',
  'pledge_communication', 'pledge_note',
];
/** Rows written once and never changed. */
const CREATED_ONLY = ['loan_contact', 'healing_photo', 'pledge_photo', 'pledge_reference'];
/** Rows that only ever change (one row per month, per rule, per budget cell). */
const UPDATED_ONLY = ['kindness_month', 'kindness_rule', 'kindness_source_weight', 'pledge_budget'];

const desk = (table: string, column: string) => `ALTER TABLE ${table} ADD COLUMN ${column} TEXT CHECK (${column} IS NULL OR length(${column}) <= 100);`;

export const migration: Migration = {
  version: 11,
  name: 'desks_and_office_settings',
  up: () => `
-- Several desks share one office database: every record also keeps the desk (the PC's name) that
-- created it and the one that changed it last. Rows from before this version do not know theirs (NULL).
${CREATED_AND_UPDATED.map((t) => `${desk(t, 'created_desk')}\n${desk(t, 'updated_desk')}`).join('\n')}
${CREATED_ONLY.map((t) => desk(t, 'created_desk')).join('\n')}
${UPDATED_ONLY.map((t) => desk(t, 'updated_desk')).join('\n')}

-- The office's settings, which every desk must see alike (office name, team, extension, loan days,
-- retention, the mayor's term). One row per setting, its value as JSON checked by the app's schema
-- (shared/settings.ts) when read. A PC's own settings (font size, which database) stay on the PC.
CREATE TABLE office_setting (
  key          TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 50),
  value        TEXT NOT NULL CHECK (length(value) <= 2000),
  updated_at   TEXT NOT NULL,
  updated_by   INTEGER REFERENCES staff (id),
  updated_desk TEXT CHECK (updated_desk IS NULL OR length(updated_desk) <= 100)
);
`,
};
