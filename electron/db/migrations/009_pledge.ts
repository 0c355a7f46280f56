import type { Migration } from '../migration';

export const migration: Migration = {
  version: 9,
  name: 'pledge',
  up: (d) => `
-- The pledge card (공약 카드) and the records only it keeps: certification rounds, awards,
-- communication activities, budget, references, and the user's arrangement of the 추진실적 section.
-- Every date is yyyy-MM-dd (date(x) IS x rejects anything the calendar does not have).

CREATE TABLE pledge_card (
  id            ${d.id},
  area_code     TEXT NOT NULL CHECK (length(trim(area_code)) BETWEEN 1 AND 30),
  area_number   TEXT NOT NULL CHECK (length(trim(area_number)) BETWEEN 1 AND 20),
  title         TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  status        TEXT NOT NULL CHECK (length(trim(status)) BETWEEN 1 AND 50),
  business_type TEXT NOT NULL CHECK (length(trim(business_type)) BETWEEN 1 AND 50),
  funding       TEXT NOT NULL CHECK (length(trim(funding)) BETWEEN 1 AND 50),
  department_id INTEGER NOT NULL REFERENCES department (id),
  team          TEXT NOT NULL DEFAULT '' CHECK (length(team) <= 50),
  extension     TEXT NOT NULL DEFAULT '' CHECK (length(extension) <= 20),
  project_from  TEXT NOT NULL CHECK (${d.calendarDate('project_from')}),
  project_to    TEXT NOT NULL CHECK (${d.calendarDate('project_to')}),
  contents      TEXT NOT NULL DEFAULT '' CHECK (length(contents) <= 4000),
  budget_note   TEXT NOT NULL DEFAULT '' CHECK (length(budget_note) <= 500),
  effects       TEXT NOT NULL DEFAULT '' CHECK (length(effects) <= 4000),
  plans         TEXT NOT NULL DEFAULT '' CHECK (length(plans) <= 4000),
  -- The mayor's term, yyyy-MM: its calendar years are the 사업비 현황 columns.
  term_from     TEXT NOT NULL CHECK (${d.calendarDate("(term_from || '-01')")}),
  term_to       TEXT NOT NULL CHECK (${d.calendarDate("(term_to || '-01')")}),
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES staff (id),
  updated_at    TEXT NOT NULL,
  updated_by    INTEGER REFERENCES staff (id),
  CHECK (project_from <= project_to),
  -- Named so that it sorts after the term columns' own checks: PostgreSQL tests CHECKs in the order of
  -- their names, and its CAST of a year that is not digits raises an error instead of failing the CHECK.
  CONSTRAINT pledge_card_term_within_8_years
    CHECK (term_from <= term_to AND CAST(substr(term_to, 1, 4) AS INTEGER) - CAST(substr(term_from, 1, 4) AS INTEGER) <= 8)
);
-- "열린구정 2-1" names one card.
CREATE UNIQUE INDEX pledge_card_number ON pledge_card (area_code, area_number);

CREATE TABLE pledge_certification_round (
  id          ${d.id},
  card_id     INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
  valid_years INTEGER NOT NULL DEFAULT 3 CHECK (valid_years BETWEEN 1 AND 10),
  created_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES staff (id),
  updated_at  TEXT NOT NULL,
  updated_by  INTEGER REFERENCES staff (id)
);
CREATE INDEX pledge_certification_round_card ON pledge_certification_round (card_id);

CREATE TABLE pledge_certification_milestone (
  id       ${d.id},
  round_id INTEGER NOT NULL REFERENCES pledge_certification_round (id) ON DELETE CASCADE,
  kind     TEXT NOT NULL CHECK (kind IN ('application', 'inspection', 'selection', 'plaque', 'custom')),
  label    TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 50),
  date     TEXT NOT NULL CHECK (${d.calendarDate('date')})
);
CREATE INDEX pledge_certification_milestone_round ON pledge_certification_milestone (round_id, date);
-- The selection starts the certification's validity: a round has at most one.
CREATE UNIQUE INDEX pledge_certification_one_selection ON pledge_certification_milestone (round_id) WHERE kind = 'selection';

CREATE TABLE pledge_award (
  id          ${d.id},
  card_id     INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  awarded_by  TEXT NOT NULL DEFAULT '' CHECK (length(awarded_by) <= 100),
  outcome     TEXT NOT NULL DEFAULT '선정' CHECK (length(trim(outcome)) BETWEEN 1 AND 30),
  date        TEXT NOT NULL CHECK (${d.calendarDate('date')}),
  created_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES staff (id),
  updated_at  TEXT NOT NULL,
  updated_by  INTEGER REFERENCES staff (id)
);
CREATE INDEX pledge_award_card_date ON pledge_award (card_id, date);

CREATE TABLE pledge_communication (
  id          ${d.id},
  card_id     INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  date        TEXT NOT NULL CHECK (${d.calendarDate('date')}),
  category    TEXT NOT NULL CHECK (category IN ('briefing', 'survey', 'advisory', 'press', 'other')),
  title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  details     TEXT NOT NULL DEFAULT '' CHECK (length(details) <= 2000),
  outlet      TEXT CHECK (outlet IS NULL OR length(trim(outlet)) BETWEEN 1 AND 100),
  created_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES staff (id),
  updated_at  TEXT NOT NULL,
  updated_by  INTEGER REFERENCES staff (id),
  -- A press item names its outlet (it is cited as "title : 2024.11.28. outlet"); nothing else has one.
  CHECK ((category = 'press') = (outlet IS NOT NULL))
);
CREATE INDEX pledge_communication_card_date ON pledge_communication (card_id, date);

-- 사업비 현황 in 백만원: one amount per source and term year; year NULL is 임기후.
CREATE TABLE pledge_budget (
  id         ${d.id},
  card_id    INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  source     TEXT NOT NULL CHECK (source IN ('national', 'city', 'district', 'other')),
  year       INTEGER CHECK (year IS NULL OR year BETWEEN 2000 AND 2100),
  amount     INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 10000000),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff (id)
);
-- An expression in an index is written in parentheses, which PostgreSQL requires and SQLite reads.
CREATE UNIQUE INDEX pledge_budget_cell ON pledge_budget (card_id, source, (coalesce(year, 0)));

-- Photos kept for the card; the file lives under the data folder (pledge-photos/) so backups keep it.
CREATE TABLE pledge_photo (
  id         ${d.id},
  card_id    INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  file_name  TEXT NOT NULL UNIQUE CHECK (${d.glob('file_name', '[0-9a-f]*.[a-z]*')} AND length(file_name) <= 80),
  mime_type  TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png')),
  caption    TEXT NOT NULL CHECK (length(trim(caption)) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES staff (id)
);

-- 참고자료: the photos and press items picked for the card, in the order the card lists them.
CREATE TABLE pledge_reference (
  id               ${d.id},
  card_id          INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL CHECK (position >= 0),
  photo_id         INTEGER UNIQUE REFERENCES pledge_photo (id) ON DELETE CASCADE,
  communication_id INTEGER UNIQUE REFERENCES pledge_communication (id) ON DELETE CASCADE,
  created_at       TEXT NOT NULL,
  created_by       INTEGER REFERENCES staff (id),
  CHECK ((photo_id IS NULL) <> (communication_id IS NULL))
);
CREATE INDEX pledge_reference_card ON pledge_reference (card_id, position);

-- Only a press item can be cited among the references, and a cited one stays a press item.
${d.refuseWhen({
  name: 'pledge_reference_press_only',
  table: 'pledge_reference',
  before: 'INSERT',
  when: `NEW.communication_id IS NOT NULL
  AND (SELECT category FROM pledge_communication WHERE id = NEW.communication_id) IS DISTINCT FROM 'press'`,
  message: 'pledge_reference: only press items can be references',
})}
${d.refuseWhen({
  name: 'pledge_reference_stays_press',
  table: 'pledge_communication',
  before: 'UPDATE',
  of: ['category'],
  when: `NEW.category <> 'press' AND EXISTS (SELECT 1 FROM pledge_reference WHERE communication_id = NEW.id)`,
  message: 'pledge_communication: a cited press item must stay press',
})}

-- The user's arrangement of the generated section: order and hidden lines, by the lines' stable keys.
CREATE TABLE pledge_line_layout (
  card_id  INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  line_key TEXT NOT NULL CHECK (length(line_key) BETWEEN 1 AND 100),
  position INTEGER NOT NULL CHECK (position >= 0),
  hidden   INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  PRIMARY KEY (card_id, line_key)
);

-- Free note lines the user adds to the section: words only, never a figure of the records.
CREATE TABLE pledge_note (
  id         ${d.id},
  card_id    INTEGER NOT NULL REFERENCES pledge_card (id) ON DELETE CASCADE,
  level      TEXT NOT NULL CHECK (level IN ('○', '▷', '-', '※')),
  text       TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 300),
  after_key  TEXT CHECK (after_key IS NULL OR length(after_key) BETWEEN 1 AND 100),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES staff (id),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff (id)
);
CREATE INDEX pledge_note_card ON pledge_note (card_id);
`,
};
