-- Staff and departments: the one list every area picks people from.
CREATE TABLE department (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES staff (id),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES staff (id)
);

CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 50),
  department_id INTEGER NOT NULL REFERENCES department (id),
  position      TEXT NOT NULL DEFAULT '' CHECK (length(position) <= 50),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES staff (id),
  updated_at    TEXT NOT NULL,
  updated_by    INTEGER REFERENCES staff (id)
);

-- Two people with one name in one department would be indistinguishable on every form.
CREATE UNIQUE INDEX staff_name_department ON staff (name, department_id);
CREATE INDEX staff_department ON staff (department_id);
