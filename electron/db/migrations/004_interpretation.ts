import type { Migration } from '../migration';

export const migration: Migration = {
  version: 4,
  name: 'interpretation',
  up: (d) => `
-- 외국어 및 수어 통역지원: the ways of service, the requests, and the roster of staff interpreters.

-- The ways a request can be served. Offices rename and retire them, so they live in a table the
-- settings tab edits; a way once used is kept (deactivated, never deleted) so old records still read right.
CREATE TABLE interpretation_method (
  id         ${d.id},
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
  sort_order INTEGER NOT NULL DEFAULT 0,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES staff (id),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff (id)
);

INSERT INTO interpretation_method (name, sort_order, created_at, updated_at) VALUES
  ('민원통역관(직원)', 1, ${d.now}, ${d.now}),
  ('1345 외국인종합안내센터 3자 통화', 2, ${d.now}, ${d.now}),
  ('BBB Korea 자원봉사 통화', 3, ${d.now}, ${d.now}),
  ('107 손말이음센터/110 영상 수어 중계', 4, ${d.now}, ${d.now}),
  ('수어통역센터 수어통역사 파견', 5, ${d.now}, ${d.now}),
  ('통역기기·앱', 6, ${d.now}, ${d.now});

-- One visitor's (or one group's) request. No visitor personal data: only the optional nationality.
-- status: 예약 (booked ahead, not yet happened), 완료 (took place, with its outcome), 취소 (called off).
-- booked stays 1 once a request was booked, so the calendar keeps showing how a booking ended.
CREATE TABLE interpretation_request (
  id             ${d.id},
  requested_on   TEXT NOT NULL CHECK (${d.date('requested_on')}),
  requested_time TEXT CHECK (requested_time IS NULL OR ${d.time('requested_time')}),
  language       TEXT NOT NULL CHECK (language IN ('en', 'zh', 'ja', 'vi', 'th', 'ru', 'uz', 'mn', 'ne', 'tl', 'id', 'km', 'other', 'ksl')),
  language_note  TEXT NOT NULL DEFAULT '' CHECK (length(language_note) <= 50),
  nationality    TEXT NOT NULL DEFAULT '' CHECK (length(nationality) <= 50),
  method_id      INTEGER NOT NULL REFERENCES interpretation_method (id),
  task           TEXT NOT NULL CHECK (length(trim(task)) BETWEEN 1 AND 100),
  minutes        INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 600),
  people         INTEGER NOT NULL DEFAULT 1 CHECK (people BETWEEN 1 AND 200),
  status         TEXT NOT NULL CHECK (status IN ('예약', '완료', '취소')),
  outcome        TEXT CHECK (outcome IN ('처리 완료', '다른 기관 안내', '미처리')),
  booked         INTEGER NOT NULL DEFAULT 0 CHECK (booked IN (0, 1)),
  staff_id       INTEGER REFERENCES staff (id),
  interpreter_id INTEGER REFERENCES staff (id),
  note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at     TEXT NOT NULL,
  created_by     INTEGER REFERENCES staff (id),
  updated_at     TEXT NOT NULL,
  updated_by     INTEGER REFERENCES staff (id),
  -- Only a request that took place has an outcome, and someone answers for it.
  CHECK ((status = '완료') = (outcome IS NOT NULL)),
  CHECK (status <> '완료' OR staff_id IS NOT NULL),
  CHECK (status <> '예약' OR booked = 1)
);

-- The list and the counts read by date; the filters narrow a date range.
CREATE INDEX interpretation_request_day ON interpretation_request (requested_on, requested_time);
CREATE INDEX interpretation_request_language ON interpretation_request (language, requested_on);
CREATE INDEX interpretation_request_method ON interpretation_request (method_id, requested_on);
CREATE INDEX interpretation_request_staff ON interpretation_request (staff_id, requested_on);
CREATE INDEX interpretation_request_booking ON interpretation_request (requested_on) WHERE booked = 1;

${d.refuseWhen({
  name: 'interpretation_method_keep_used',
  table: 'interpretation_method',
  before: 'DELETE',
  when: 'EXISTS (SELECT 1 FROM interpretation_request WHERE method_id = OLD.id)',
  message: 'interpretation_method_in_use',
})}

-- A retired way of service stays on old records but takes no new ones.
${d.refuseWhen({
  name: 'interpretation_request_active_method',
  table: 'interpretation_request',
  before: 'INSERT',
  when: '(SELECT active FROM interpretation_method WHERE id = NEW.method_id) = 0',
  message: 'interpretation_method_inactive',
})}

-- 외국어 특약관: staff members on call to interpret, each with their languages and level.
CREATE TABLE interpreter (
  staff_id     INTEGER PRIMARY KEY REFERENCES staff (id),
  availability TEXT NOT NULL DEFAULT '' CHECK (length(availability) <= 200),
  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at   TEXT NOT NULL,
  created_by   INTEGER REFERENCES staff (id),
  updated_at   TEXT NOT NULL,
  updated_by   INTEGER REFERENCES staff (id)
);

CREATE TABLE interpreter_language (
  staff_id INTEGER NOT NULL REFERENCES interpreter (staff_id) ON DELETE CASCADE,
  language TEXT NOT NULL CHECK (language IN ('en', 'zh', 'ja', 'vi', 'th', 'ru', 'uz', 'mn', 'ne', 'tl', 'id', 'km', 'other', 'ksl')),
  level    TEXT NOT NULL CHECK (level IN ('상', '중', '하')),
  PRIMARY KEY (staff_id, language)
);
CREATE INDEX interpreter_language_by_language ON interpreter_language (language);
`,
};
