import type { Migration } from '../migration';

export const migration: Migration = {
  version: 5,
  name: 'guides',
  up: (d) => `
-- 민원 안내 도우미: the helpers who stand at the hall's guide desk, and their shifts.
CREATE TABLE guide_helper (
  id                   ${d.id},
  name                 TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 50),
  contact              TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 30),
  kind                 TEXT NOT NULL CHECK (kind IN ('volunteer', 'seniorJob', 'staff', 'other')),
  active_from          TEXT NOT NULL CHECK (${d.date('active_from')}),
  active_to            TEXT CHECK (active_to IS NULL OR (${d.date('active_to')} AND active_to >= active_from)),
  -- A senior-jobs programme's monthly quota, e.g. 3 hours a day on 10 days; NULL when the helper has none.
  quota_hours_per_day  ${d.real} CHECK (quota_hours_per_day IS NULL OR quota_hours_per_day BETWEEN 0.5 AND 12),
  quota_days_per_month INTEGER CHECK (quota_days_per_month IS NULL OR quota_days_per_month BETWEEN 1 AND 31),
  note                 TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at           TEXT NOT NULL,
  created_by           INTEGER REFERENCES staff (id),
  updated_at           TEXT NOT NULL,
  updated_by           INTEGER REFERENCES staff (id)
);
CREATE INDEX guide_helper_name ON guide_helper (name);

CREATE TABLE guide_shift (
  id                    ${d.id},
  date                  TEXT NOT NULL CHECK (${d.date('date')}),
  slot                  TEXT NOT NULL CHECK (slot IN ('morning', 'afternoon', 'full', 'custom')),
  start_time            TEXT NOT NULL CHECK (${d.time('start_time')}),
  end_time              TEXT NOT NULL CHECK (${d.time('end_time')} AND end_time > start_time),
  post                  TEXT NOT NULL CHECK (length(trim(post)) BETWEEN 1 AND 50),
  helper_id             INTEGER NOT NULL REFERENCES guide_helper (id),
  status                TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'absent', 'replaced')),
  -- 대체 names who stood in; only a replaced shift has one, and it is someone else.
  replacement_helper_id INTEGER REFERENCES guide_helper (id),
  note                  TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at            TEXT NOT NULL,
  created_by            INTEGER REFERENCES staff (id),
  updated_at            TEXT NOT NULL,
  updated_by            INTEGER REFERENCES staff (id),
  CHECK ((status = 'replaced') = (replacement_helper_id IS NOT NULL)),
  CHECK (replacement_helper_id IS NULL OR replacement_helper_id <> helper_id)
);
CREATE INDEX guide_shift_date ON guide_shift (date);
CREATE INDEX guide_shift_helper_date ON guide_shift (helper_id, date);
CREATE INDEX guide_shift_replacement_date ON guide_shift (replacement_helper_id, date) WHERE replacement_helper_id IS NOT NULL;

-- One person cannot stand at two posts at once: the one expected at a shift (the replacement when
-- there is one; nobody when it was missed) may not overlap another shift they are expected at.
${d.refuseWhen({
  name: 'guide_shift_no_overlap_insert',
  table: 'guide_shift',
  before: 'INSERT',
  when: `NEW.status <> 'absent' AND EXISTS (
  SELECT 1 FROM guide_shift o
  WHERE o.date = NEW.date AND o.status <> 'absent'
    AND coalesce(o.replacement_helper_id, o.helper_id) = coalesce(NEW.replacement_helper_id, NEW.helper_id)
    AND o.start_time < NEW.end_time AND NEW.start_time < o.end_time)`,
  message: 'guide_shift_overlap',
})}

${d.refuseWhen({
  name: 'guide_shift_no_overlap_update',
  table: 'guide_shift',
  before: 'UPDATE',
  of: ['date', 'start_time', 'end_time', 'helper_id', 'status', 'replacement_helper_id'],
  when: `NEW.status <> 'absent' AND EXISTS (
  SELECT 1 FROM guide_shift o
  WHERE o.id <> NEW.id AND o.date = NEW.date AND o.status <> 'absent'
    AND coalesce(o.replacement_helper_id, o.helper_id) = coalesce(NEW.replacement_helper_id, NEW.helper_id)
    AND o.start_time < NEW.end_time AND NEW.start_time < o.end_time)`,
  message: 'guide_shift_overlap',
})}
`,
};
