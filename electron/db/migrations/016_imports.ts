import type { Migration } from '../migration';

/** What the rules below say when a record would land in a month an earlier total already counts (imports/earlierTotalRule.ts). */
export const EARLIER_TOTAL_RULE = '이전 집계가 있는 달에는 기록을 넣을 수 없습니다.';

/** A total of the record's line for its month (yyyy-MM) or its whole year (yyyy). */
const totalCovers = (area: string, month: string, item = '', card = '') =>
  `EXISTS (SELECT 1 FROM earlier_total t WHERE t.area = ${area}${item ? ` AND t.item IN (${item}, '')` : ''}${card ? ` AND t.card_id = ${card}` : ''}
    AND t.period IN (substr(${month}, 1, 7), substr(${month}, 1, 4)))`;

const desk = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR length(${column}) <= 100)`;

/** The areas an office brings its old ledgers into (shared/contract/imports.ts IMPORT_AREAS). */
const IMPORT_AREAS = `'loans', 'interpretation', 'trainings', 'healing', 'kindness', 'communication', 'budget'`;
/** The card's lines an earlier total can stand in for (shared/contract/imports.ts EARLIER_TOTAL_AREAS). */
const TOTAL_AREAS = `'loans', 'interpretationForeign', 'interpretationSign', 'guides', 'healing', 'kindness', 'trainings', 'communication'`;

export const migration: Migration = {
  version: 16,
  name: 'imports',
  up: (d) => `
-- Bringing in what an office kept before the app: its Excel ledgers (one import_batch per file and
-- sheet saved) and the totals of its paper reports for months with no record at all (earlier_total).

CREATE TABLE import_batch (
  id           ${d.id},
  area         TEXT NOT NULL CHECK (area IN (${IMPORT_AREAS})),
  file_name    TEXT NOT NULL CHECK (length(trim(file_name)) BETWEEN 1 AND 255),
  sheet        TEXT NOT NULL CHECK (length(sheet) <= 100),
  card_id      INTEGER REFERENCES pledge_card (id) ON DELETE SET NULL,
  rows_added   INTEGER NOT NULL CHECK (rows_added >= 0),
  rows_skipped INTEGER NOT NULL CHECK (rows_skipped >= 0),
  created_at   TEXT NOT NULL,
  created_by   INTEGER REFERENCES staff (id),
  ${desk('created_desk')}
);
CREATE INDEX import_batch_time ON import_batch (created_at);

-- Each imported row: where it came from (the batch's file and sheet, and its row there) and what it
-- became (record_table/record_id, or record_key for a cell with no id of its own: a budget amount).
-- The fingerprint is the row's content as the area reads it: the same row read again is found here
-- and not added twice.
CREATE TABLE imported_record (
  id           ${d.id},
  batch_id     INTEGER NOT NULL REFERENCES import_batch (id),
  area         TEXT NOT NULL CHECK (area IN (${IMPORT_AREAS})),
  fingerprint  TEXT NOT NULL CHECK (length(fingerprint) = 64),
  row_no       INTEGER NOT NULL CHECK (row_no >= 1),
  record_table TEXT NOT NULL CHECK (length(record_table) BETWEEN 1 AND 50),
  record_id    INTEGER,
  record_key   TEXT NOT NULL DEFAULT '' CHECK (length(record_key) <= 100)
);
CREATE UNIQUE INDEX imported_record_fingerprint ON imported_record (area, fingerprint);
CREATE INDEX imported_record_record ON imported_record (record_table, record_id);
CREATE INDEX imported_record_batch ON imported_record (batch_id, row_no);

-- 이전 집계: a count (and 명, and 개부서 for a training, where the card's line has them) for a month
-- (yyyy-MM) or a whole year (yyyy) of one line of the card, with the report it was taken from. item is
-- the language of a 외국어 통역 total ('' when the report gave none), the kind of a training, the
-- column of a 구민소통 total; a 구민소통 total belongs to its card. The app refuses a total for a month
-- that has records, and a record for a month that has a total: nothing is counted twice.
CREATE TABLE earlier_total (
  id          ${d.id},
  area        TEXT NOT NULL CHECK (area IN (${TOTAL_AREAS})),
  item        TEXT NOT NULL DEFAULT '' CHECK (length(item) <= 30),
  period      TEXT NOT NULL CHECK (${d.glob('period', '[0-9][0-9][0-9][0-9]')} OR ${d.month('period')}),
  card_id     INTEGER REFERENCES pledge_card (id) ON DELETE CASCADE,
  count       INTEGER NOT NULL CHECK (count BETWEEN 0 AND 1000000),
  people      INTEGER CHECK (people IS NULL OR people BETWEEN 0 AND 10000000),
  departments INTEGER CHECK (departments IS NULL OR departments BETWEEN 0 AND 10000),
  source      TEXT NOT NULL CHECK (length(trim(source)) BETWEEN 1 AND 200),
  created_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES staff (id),
  ${desk('created_desk')},
  updated_at  TEXT NOT NULL,
  updated_by  INTEGER REFERENCES staff (id),
  ${desk('updated_desk')},
  CHECK ((area = 'communication') = (card_id IS NOT NULL))
);
CREATE UNIQUE INDEX earlier_total_one ON earlier_total (area, item, period, coalesce(card_id, 0));
CREATE INDEX earlier_total_period ON earlier_total (period);

-- A past 친절 으뜸이 brought in from the office's own list: 'imported' (가져옴). It comes in with its
-- month confirmed and locked, and without the nomination, rating and board a pick made today needs:
-- nobody is to invent those afterwards. The picking rules (a nomination that month, the department
-- limit, not picked in the recent months) advise the team lead picking today; they do not judge history.
ALTER TABLE kindness_pick ADD COLUMN kind TEXT NOT NULL DEFAULT 'picked' CHECK (kind IN ('picked', 'imported'));

-- A record for a month that has an earlier total of its line is refused: remove the total first.
${[
  { table: 'loan', before: 'INSERT' as const, when: totalCovers(`'loans'`, 'NEW.started_at') },
  {
    table: 'interpretation_request',
    before: 'INSERT' as const,
    when: totalCovers(`CASE WHEN NEW.language = 'ksl' THEN 'interpretationSign' ELSE 'interpretationForeign' END`, 'NEW.requested_on'),
  },
  {
    table: 'interpretation_request',
    before: 'UPDATE' as const,
    of: ['requested_on', 'language'],
    when: totalCovers(`CASE WHEN NEW.language = 'ksl' THEN 'interpretationSign' ELSE 'interpretationForeign' END`, 'NEW.requested_on'),
  },
  { table: 'guide_shift', before: 'INSERT' as const, when: totalCovers(`'guides'`, 'NEW.date') },
  { table: 'guide_shift', before: 'UPDATE' as const, of: ['date'], when: totalCovers(`'guides'`, 'NEW.date') },
  {
    table: 'training_session',
    before: 'INSERT' as const,
    when: totalCovers(`'trainings'`, 'NEW.date', '(SELECT kind FROM training WHERE id = NEW.training_id)'),
  },
  {
    table: 'training_session',
    before: 'UPDATE' as const,
    of: ['date'],
    when: totalCovers(`'trainings'`, 'NEW.date', '(SELECT kind FROM training WHERE id = NEW.training_id)'),
  },
  { table: 'healing_program', before: 'INSERT' as const, when: totalCovers(`'healing'`, 'NEW.date') },
  { table: 'healing_program', before: 'UPDATE' as const, of: ['date'], when: totalCovers(`'healing'`, 'NEW.date') },
  { table: 'kindness_pick', before: 'INSERT' as const, when: totalCovers(`'kindness'`, 'NEW.month') },
  { table: 'pledge_communication', before: 'INSERT' as const, when: totalCovers(`'communication'`, 'NEW.date', 'NEW.category', 'NEW.card_id') },
  {
    table: 'pledge_communication',
    before: 'UPDATE' as const,
    of: ['date', 'category'],
    when: totalCovers(`'communication'`, 'NEW.date', 'NEW.category', 'NEW.card_id'),
  },
]
  .map((r) => d.refuseWhen({ name: `${r.table}_no_earlier_total_${r.before.toLowerCase()}`, message: EARLIER_TOTAL_RULE, ...r }))
  .join('\n')}

${d.dropRule('kindness_pick_needs_nomination', 'kindness_pick')}
${d.refuseWhen({
  name: 'kindness_pick_needs_nomination',
  table: 'kindness_pick',
  before: 'INSERT',
  when: `NEW.kind = 'picked' AND NOT EXISTS (SELECT 1 FROM kindness_nomination n WHERE n.month = NEW.month AND n.staff_id = NEW.staff_id)`,
  message: 'kindness: pick without a nomination',
})}

${d.dropRule('kindness_pick_department_limit', 'kindness_pick')}
${d.refuseWhen({
  name: 'kindness_pick_department_limit',
  table: 'kindness_pick',
  before: 'INSERT',
  when: `NEW.rule_exception IS NULL AND NEW.kind = 'picked'
  AND (SELECT max_per_department FROM kindness_rule WHERE id = 1) > 0
  AND (SELECT count(*) FROM kindness_pick p WHERE p.month = NEW.month AND p.department_id = NEW.department_id)
      >= (SELECT max_per_department FROM kindness_rule WHERE id = 1)`,
  message: 'kindness: department limit reached',
})}

${d.dropRule('kindness_pick_recent', 'kindness_pick')}
${d.refuseWhen({
  name: 'kindness_pick_recent',
  table: 'kindness_pick',
  before: 'INSERT',
  when: `NEW.rule_exception IS NULL AND NEW.kind = 'picked' AND EXISTS (
  SELECT 1 FROM kindness_pick p
  WHERE p.staff_id = NEW.staff_id AND p.month < NEW.month
    AND p.month >= ${d.monthsBefore('NEW.month', '(SELECT recent_months FROM kindness_rule WHERE id = 1)')})`,
  message: 'kindness: picked within the recent months',
})}
`,
};
