import type { Migration } from '../migration';

const desk = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR length(${column}) <= 100)`;

export const migration: Migration = {
  version: 13,
  name: 'sign_in_and_roles',
  up: (d) => `
-- Who may do what: 담당자 (desk), 팀장 (teamLead), 관리자 (admin). Everyone listed before this version
-- starts as 담당자; the first person to set a PIN becomes the 관리자 (the app's first-run screen).
ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'desk' CHECK (role IN ('desk', 'teamLead', 'admin'));

-- The personal PIN as a salted scrypt hash with its parameters ("scrypt$N$r$p$salt$hash"), never the PIN.
-- A PIN a 관리자 set (a new person, a forgotten PIN) must be replaced by the person at their next sign-in.
ALTER TABLE staff ADD COLUMN pin_hash TEXT CHECK (pin_hash IS NULL OR length(pin_hash) BETWEEN 20 AND 300);
ALTER TABLE staff ADD COLUMN pin_must_change INTEGER NOT NULL DEFAULT 0 CHECK (pin_must_change IN (0, 1));

-- Wrong PINs per name, shared by every desk on the same records: after every run of 5 the name waits
-- (30 s, then twice as long each time) until wait_until; a right PIN removes the row.
CREATE TABLE sign_in_throttle (
  staff_id     INTEGER PRIMARY KEY REFERENCES staff (id),
  failed_count INTEGER NOT NULL CHECK (failed_count >= 0),
  wait_until   TEXT,
  updated_at   TEXT NOT NULL
);

-- The account log: sign-ins (and wrong PINs), sign-outs, PIN resets by a 관리자, own PIN changes and
-- role changes; whose account, who did it, when, at which desk.
CREATE TABLE account_event (
  id       ${d.id},
  at       TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('first_admin', 'signed_in', 'sign_in_failed', 'signed_out', 'pin_reset', 'pin_changed', 'role_changed')),
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  by_id    INTEGER REFERENCES staff (id),
  ${desk('desk')},
  detail   TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 200)
);
CREATE INDEX account_event_time ON account_event (at);
CREATE INDEX account_event_staff ON account_event (staff_id);
`,
};
