import type { Migration } from '../migration';

export const migration: Migration = {
  version: 6,
  name: 'trainings',
  up: (d) => `
-- Trainings (친절교육, 특이민원 대응훈련, 기타): one training has one or more sessions, and its
-- attendance is kept either per person (from the staff list, with a status) or as a head count
-- per department. A training keeps one of the two ways, so its figures never mix guesses with names.
CREATE TABLE training (
  id              ${d.id},
  title           TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  kind            TEXT NOT NULL CHECK (kind IN ('kindness', 'complaintDrill', 'other')),
  instructor      TEXT NOT NULL DEFAULT '' CHECK (length(instructor) <= 100),
  attendance_mode TEXT NOT NULL CHECK (attendance_mode IN ('person', 'headCount')),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_at      TEXT NOT NULL,
  created_by      INTEGER REFERENCES staff (id),
  updated_at      TEXT NOT NULL,
  updated_by      INTEGER REFERENCES staff (id)
);

CREATE TABLE training_session (
  id          ${d.id},
  training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  date        TEXT NOT NULL CHECK (${d.date('date')}),
  start_time  TEXT CHECK (start_time IS NULL OR ${d.time('start_time')}),
  end_time    TEXT CHECK (end_time IS NULL OR ${d.time('end_time')}),
  place       TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 100),
  CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time)
);
CREATE INDEX training_session_date ON training_session (date);
CREATE INDEX training_session_training ON training_session (training_id, date);

-- department_id is the person's department on the day it was recorded: a later move to another
-- department must not rewrite which departments attended a past training.
CREATE TABLE training_attendance (
  session_id    INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  staff_id      INTEGER NOT NULL REFERENCES staff (id),
  department_id INTEGER NOT NULL REFERENCES department (id),
  status        TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
  PRIMARY KEY (session_id, staff_id)
);
CREATE INDEX training_attendance_staff ON training_attendance (staff_id);

CREATE TABLE training_headcount (
  session_id    INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  department_id INTEGER NOT NULL REFERENCES department (id),
  head_count    INTEGER NOT NULL CHECK (head_count BETWEEN 1 AND 1000),
  PRIMARY KEY (session_id, department_id)
);
CREATE INDEX training_headcount_department ON training_headcount (department_id);

-- Departments whose every active member should take the yearly training (the hall's frontline):
-- the coverage view lists their staff who have not attended yet.
CREATE TABLE training_frontline_department (
  department_id INTEGER PRIMARY KEY REFERENCES department (id) ON DELETE CASCADE
);

${d.refuseWhen({
  name: 'training_attendance_person_only',
  table: 'training_attendance',
  before: 'INSERT',
  when: `(SELECT t.attendance_mode FROM training_session s JOIN training t ON t.id = s.training_id WHERE s.id = NEW.session_id) <> 'person'`,
  message: '인원수로 기록하는 교육에는 개인별 출석을 넣을 수 없습니다.',
})}

${d.refuseWhen({
  name: 'training_headcount_headcount_only',
  table: 'training_headcount',
  before: 'INSERT',
  when: `(SELECT t.attendance_mode FROM training_session s JOIN training t ON t.id = s.training_id WHERE s.id = NEW.session_id) <> 'headCount'`,
  message: '개인별로 기록하는 교육에는 부서별 인원수를 넣을 수 없습니다.',
})}

${d.refuseWhen({
  name: 'training_mode_locked',
  table: 'training',
  before: 'UPDATE',
  of: ['attendance_mode'],
  when: `NEW.attendance_mode <> OLD.attendance_mode AND (
  EXISTS (SELECT 1 FROM training_session s JOIN training_attendance a ON a.session_id = s.id WHERE s.training_id = OLD.id)
  OR EXISTS (SELECT 1 FROM training_session s JOIN training_headcount h ON h.session_id = s.id WHERE s.training_id = OLD.id))`,
  message: '출석 기록이 있는 교육은 기록 방식을 바꿀 수 없습니다.',
})}

-- The one definition of "attended" every count uses: 출석 and 지각 attended; 공가 and 결석 did not.
-- A head-count row stands for head_count people of its department (staff_id NULL: nobody named).
CREATE VIEW training_attended AS
  SELECT s.training_id, t.kind, s.date, a.staff_id, a.department_id, 1 AS head_count
  FROM training_attendance a
  JOIN training_session s ON s.id = a.session_id
  JOIN training t ON t.id = s.training_id
  WHERE a.status IN ('present', 'late')
  UNION ALL
  SELECT s.training_id, t.kind, s.date, NULL, h.department_id, h.head_count
  FROM training_headcount h
  JOIN training_session s ON s.id = h.session_id
  JOIN training t ON t.id = s.training_id;
`,
};
