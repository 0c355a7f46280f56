import type { Migration } from '../migration';

export const migration: Migration = {
  version: 1,
  name: 'staff',
  up: (d) => {
    // department and staff refer to each other: department's authors are staff, created just below.
    const createdBy = d.referenceAhead('department', 'created_by', 'staff (id)');
    const updatedBy = d.referenceAhead('department', 'updated_by', 'staff (id)');
    return `
-- Staff and departments: the one list every area picks people from.
CREATE TABLE department (
  id         ${d.id},
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by INTEGER ${createdBy.inColumn},
  updated_at TEXT NOT NULL,
  updated_by INTEGER ${updatedBy.inColumn}
);

CREATE TABLE staff (
  id            ${d.id},
  name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 50),
  department_id INTEGER NOT NULL REFERENCES department (id),
  position      TEXT NOT NULL DEFAULT '' CHECK (length(position) <= 50),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES staff (id),
  updated_at    TEXT NOT NULL,
  updated_by    INTEGER REFERENCES staff (id)
);
${createdBy.afterTarget}
${updatedBy.afterTarget}

-- Two people with one name in one department would be indistinguishable on every form.
CREATE UNIQUE INDEX staff_name_department ON staff (name, department_id);
CREATE INDEX staff_department ON staff (department_id);
`;
  },
};
