import type { Migration } from '../migration';

/** The purpose text the overdue list wrote into personal_data_view (002): its showings become list views. */
const OVERDUE_LIST_PURPOSE = "'연체 반납 안내 (연락 필요 목록)'";

const desk = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR length(${column}) <= 100)`;

export const migration: Migration = {
  version: 12,
  name: 'access_records',
  up: (d) => `
-- 접속기록 (개인정보의 안전성 확보조치 기준 제8조): every access of staff to a visitor's personal data,
-- kept at least two years and checked monthly. Who (staff_id), when (UTC), at which PC (desk), whose
-- record (record_kind and record_id: a loan, or a borrower's number — never a name or a phone), and
-- what: a full view, a list that shows full data, a search by a whole name or phone, a print or a
-- download, with the reason given and the number of rows that left the app. It takes the place of
-- personal_data_view (002), whose rows are carried over.
CREATE TABLE access_record (
  id          ${d.id},
  accessed_at TEXT NOT NULL,
  staff_id    INTEGER REFERENCES staff (id),
  ${desk('desk')},
  action      TEXT NOT NULL CHECK (action IN ('view', 'list_view', 'search_name', 'search_phone', 'print', 'export')),
  screen      TEXT NOT NULL CHECK (length(screen) BETWEEN 1 AND 50),
  record_kind TEXT NOT NULL CHECK (length(record_kind) BETWEEN 1 AND 50),
  record_id   INTEGER,
  row_count   INTEGER CHECK (row_count IS NULL OR row_count >= 0),
  reason      TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 200)
);
CREATE INDEX access_record_time ON access_record (accessed_at);
CREATE INDEX access_record_record ON access_record (record_kind, record_id);

-- The views logged before: no desk was kept then.
INSERT INTO access_record (accessed_at, staff_id, desk, action, screen, record_kind, record_id, reason)
  SELECT viewed_at, staff_id, NULL,
         CASE WHEN purpose = ${OVERDUE_LIST_PURPOSE} THEN 'list_view' ELSE 'view' END,
         CASE WHEN purpose = ${OVERDUE_LIST_PURPOSE} THEN 'overdue_list' ELSE 'earlier_log' END,
         record_kind, record_id, purpose
  FROM personal_data_view
  ORDER BY id;
DROP TABLE personal_data_view;

-- 접속기록 점검: a month's records were looked through, by whom and when; once per month.
CREATE TABLE access_review (
  month         TEXT PRIMARY KEY CHECK (${d.month('month')}),
  reviewed_at   TEXT NOT NULL,
  reviewed_by   INTEGER NOT NULL REFERENCES staff (id),
  ${desk('reviewed_desk')},
  record_count  INTEGER NOT NULL CHECK (record_count >= 0),
  flagged_count INTEGER NOT NULL CHECK (flagged_count >= 0),
  note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500)
);
`,
};
