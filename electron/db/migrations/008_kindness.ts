import type { Ddl } from '../ddl';
import type { Migration } from '../migration';

/** The month a row is in, as each kind of change sees it: an update may move a row from or into a locked month. */
const ROW_MONTH = { INSERT: '= NEW.month', UPDATE: 'IN (OLD.month, NEW.month)', DELETE: '= OLD.month' } as const;

/** The three lock rules of one table (released as three triggers each, _locked_insert/_update/_delete). */
const lockedMonth = (d: Ddl, table: string) =>
  (['INSERT', 'UPDATE', 'DELETE'] as const)
    .map((before) =>
      d.refuseWhen({
        name: `${table}_locked_${before.toLowerCase()}`,
        table,
        before,
        when: `EXISTS (SELECT 1 FROM kindness_month m WHERE m.month ${ROW_MONTH[before]} AND m.confirmed = 1)`,
        message: 'kindness: month is confirmed',
      }),
    )
    .join('\n');

export const migration: Migration = {
  version: 8,
  name: 'kindness',
  up: (d) => `
-- 친절 으뜸이: nominations, the team lead's ratings and picks, the month lock, and the area's own settings.

-- Points one nomination from a source adds to a nominee's score. The sources are fixed by the
-- office's practice; only their weights are edited.
CREATE TABLE kindness_source_weight (
  source     TEXT PRIMARY KEY CHECK (source IN ('resident_homepage', 'resident_phone', 'resident_card', 'resident_visit',
                                                'survey', 'peer', 'phone_monitoring', 'other')),
  weight     INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 10),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff (id)
);
INSERT INTO kindness_source_weight (source, weight, updated_at) VALUES
  ('resident_homepage', 3, '2024-01-01T00:00:00Z'),
  ('resident_phone', 3, '2024-01-01T00:00:00Z'),
  ('resident_card', 3, '2024-01-01T00:00:00Z'),
  ('resident_visit', 3, '2024-01-01T00:00:00Z'),
  ('survey', 2, '2024-01-01T00:00:00Z'),
  ('peer', 2, '2024-01-01T00:00:00Z'),
  ('phone_monitoring', 2, '2024-01-01T00:00:00Z'),
  ('other', 1, '2024-01-01T00:00:00Z');

-- What the team lead rates each nominee on (1–5). Criteria are deactivated, never deleted, so old
-- ratings keep their meaning.
CREATE TABLE kindness_criterion (
  id         ${d.id},
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 30),
  weight     INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 10),
  sort_order INTEGER NOT NULL CHECK (sort_order BETWEEN 0 AND 999),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES staff (id),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff (id)
);
INSERT INTO kindness_criterion (name, weight, sort_order, created_at, updated_at) VALUES
  ('사례 난이도', 1, 1, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
  ('친절도', 1, 2, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
  ('대민 만족도', 1, 3, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
  ('해결 정도', 1, 4, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- The picking rules, one row: not picked within the last recent_months months (0 = no such rule);
-- at most max_per_department picks per department per month (0 = no limit).
CREATE TABLE kindness_rule (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  recent_months      INTEGER NOT NULL CHECK (recent_months BETWEEN 0 AND 36),
  max_per_department INTEGER NOT NULL CHECK (max_per_department BETWEEN 0 AND 20),
  updated_at         TEXT NOT NULL,
  updated_by         INTEGER REFERENCES staff (id)
);
INSERT INTO kindness_rule (id, recent_months, max_per_department, updated_at) VALUES (1, 6, 1, '2024-01-01T00:00:00Z');

-- A month's picking state. No row = still open; confirmed = 1 locks the month's nominations,
-- ratings and picks. A confirmed month without picks is "선정 없음".
CREATE TABLE kindness_month (
  month        TEXT PRIMARY KEY CHECK (${d.month('month')}),
  confirmed    INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
  confirmed_at TEXT,
  confirmed_by INTEGER REFERENCES staff (id),
  updated_at   TEXT NOT NULL,
  updated_by   INTEGER REFERENCES staff (id)
);

-- Unlocking a confirmed month is explicit: who, when and why.
CREATE TABLE kindness_unlock_log (
  id          ${d.id},
  month       TEXT NOT NULL REFERENCES kindness_month (month),
  unlocked_at TEXT NOT NULL,
  unlocked_by INTEGER NOT NULL REFERENCES staff (id),
  reason      TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200)
);
CREATE INDEX kindness_unlock_log_month ON kindness_unlock_log (month, unlocked_at);

-- A confirmed month may only be reopened together with its log row (same month, same time).
${d.refuseWhen({
  name: 'kindness_month_unlock_logged',
  table: 'kindness_month',
  before: 'UPDATE',
  of: ['confirmed'],
  when: `OLD.confirmed = 1 AND NEW.confirmed = 0
  AND NOT EXISTS (SELECT 1 FROM kindness_unlock_log l WHERE l.month = NEW.month AND l.unlocked_at = NEW.updated_at)`,
  message: 'kindness: unlocking a month needs a logged reason',
})}

CREATE TABLE kindness_nomination (
  id          ${d.id},
  month       TEXT NOT NULL CHECK (${d.month('month')}),
  staff_id    INTEGER NOT NULL REFERENCES staff (id),
  source      TEXT NOT NULL REFERENCES kindness_source_weight (source),
  evidence    TEXT NOT NULL CHECK (length(trim(evidence)) BETWEEN 1 AND 500),
  received_on TEXT NOT NULL CHECK (${d.date('received_on')}),
  entered_by  INTEGER NOT NULL REFERENCES staff (id),
  created_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES staff (id),
  updated_at  TEXT NOT NULL,
  updated_by  INTEGER REFERENCES staff (id)
);
CREATE INDEX kindness_nomination_month ON kindness_nomination (month, staff_id);
CREATE INDEX kindness_nomination_staff ON kindness_nomination (staff_id);

CREATE TABLE kindness_rating (
  month        TEXT NOT NULL CHECK (${d.month('month')}),
  staff_id     INTEGER NOT NULL REFERENCES staff (id),
  criterion_id INTEGER NOT NULL REFERENCES kindness_criterion (id),
  rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  created_at   TEXT NOT NULL,
  created_by   INTEGER REFERENCES staff (id),
  updated_at   TEXT NOT NULL,
  updated_by   INTEGER REFERENCES staff (id),
  PRIMARY KEY (month, staff_id, criterion_id)
);

-- The department and position are copied at the time of the pick: people move, history must not.
-- rule_exception holds the rules' flags the team lead knowingly overrode ("규칙 예외로 선정"), in the
-- board's words, so the history and the announcement can say so; NULL for an ordinary pick.
CREATE TABLE kindness_pick (
  id              ${d.id},
  month           TEXT NOT NULL CHECK (${d.month('month')}),
  staff_id        INTEGER NOT NULL REFERENCES staff (id),
  department_id   INTEGER NOT NULL REFERENCES department (id),
  department_name TEXT NOT NULL CHECK (length(department_name) BETWEEN 1 AND 100),
  position        TEXT NOT NULL DEFAULT '' CHECK (length(position) <= 50),
  reason          TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),
  rule_exception  TEXT CHECK (rule_exception IS NULL OR length(trim(rule_exception)) BETWEEN 1 AND 500),
  created_at      TEXT NOT NULL,
  created_by      INTEGER REFERENCES staff (id),
  updated_at      TEXT NOT NULL,
  updated_by      INTEGER REFERENCES staff (id),
  UNIQUE (month, staff_id)
);
CREATE INDEX kindness_pick_staff ON kindness_pick (staff_id, month);
CREATE INDEX kindness_pick_department ON kindness_pick (month, department_id);

-- A confirmed month is locked: nothing in it may be added, changed or removed.
${lockedMonth(d, 'kindness_nomination')}

${lockedMonth(d, 'kindness_rating')}

${lockedMonth(d, 'kindness_pick')}

-- The picking rules hold in the database too: every pick needs a nomination that month. An ordinary
-- pick (no rule_exception) also keeps to at most max_per_department picks per department (at the time
-- of the pick) per month and to no pick of someone picked in any of the recent_months months before;
-- the rules only advise, so a pick the team lead marked as an exception may go past them, on record.
${d.refuseWhen({
  name: 'kindness_pick_needs_nomination',
  table: 'kindness_pick',
  before: 'INSERT',
  when: 'NOT EXISTS (SELECT 1 FROM kindness_nomination n WHERE n.month = NEW.month AND n.staff_id = NEW.staff_id)',
  message: 'kindness: pick without a nomination',
})}

${d.refuseWhen({
  name: 'kindness_pick_department_limit',
  table: 'kindness_pick',
  before: 'INSERT',
  when: `NEW.rule_exception IS NULL
  AND (SELECT max_per_department FROM kindness_rule WHERE id = 1) > 0
  AND (SELECT count(*) FROM kindness_pick p WHERE p.month = NEW.month AND p.department_id = NEW.department_id)
      >= (SELECT max_per_department FROM kindness_rule WHERE id = 1)`,
  message: 'kindness: department limit reached',
})}

${d.refuseWhen({
  name: 'kindness_pick_recent',
  table: 'kindness_pick',
  before: 'INSERT',
  when: `NEW.rule_exception IS NULL AND EXISTS (
  SELECT 1 FROM kindness_pick p
  WHERE p.staff_id = NEW.staff_id AND p.month < NEW.month
    AND p.month >= ${d.monthsBefore('NEW.month', '(SELECT recent_months FROM kindness_rule WHERE id = 1)')})`,
  message: 'kindness: picked within the recent months',
})}
`,
};
