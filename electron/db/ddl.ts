import { FIRST_DATE, LAST_DATE } from '../../shared/dateRange';
import type { Engine } from './engine';

/**
 * The few places where SQLite and PostgreSQL spell a schema differently, one function per concept.
 * A migration is written once, as SQL both engines read, with these filled in: everything else
 * (TEXT, INTEGER, CHECK, REFERENCES, UNIQUE, partial and expression indexes) is the same text on both.
 */
export interface Ddl {
  engine: Engine;
  /** An integer key the database numbers itself; an explicit id (a copy, a seed) is still accepted. */
  id: string;
  /** Bytes: a photo. */
  blob: string;
  /** A fraction (hours). PostgreSQL's `real` is 4-byte; the app's numbers need double precision. */
  real: string;
  /** A text CHECK by shell pattern, as SQLite's GLOB reads it: `*`, `?`, `[0-9]`, `[^0-9]`. */
  glob(column: string, pattern: string): string;
  /** yyyy-MM-dd, a day of the calendar, inside the app's one date range (shared/dateRange.ts). */
  date(column: string): string;
  /** A date() that exists on the calendar (2024-02-30 does not), as well as `date`. */
  calendarDate(column: string): string;
  /** yyyy-MM-dd HH:mm, a moment at the desk, inside the date range. */
  minute(column: string): string;
  /** HH:mm. */
  time(column: string): string;
  /** yyyy-MM, inside the date range. */
  month(column: string): string;
  /** The month `months` before a yyyy-MM month, as yyyy-MM (for "picked in the last N months"). */
  monthsBefore(month: string, months: string): string;
  /**
   * The moment now as the app writes created_at (UTC, ISO 8601 with milliseconds, as audit.ts nowIso()),
   * for the rows a migration inserts itself (004's ways of service). SQLite spells it strftime('…%f…'),
   * PostgreSQL to_char(now() …).
   */
  now: string;
  /**
   * A REFERENCES to a table the same migration creates further down (001: department.created_by → staff,
   * which itself needs department; 003: wheelchair_status_change.loan_id → loan). SQLite resolves a
   * reference only when a row is written, so it stays in the column as released; PostgreSQL needs the
   * target to exist when the reference is made, so there the column is plain and the key is added by
   * ALTER TABLE once the target exists (same default name, <table>_<column>_fkey, as an inline one).
   * `inColumn` goes after the column's type; `afterTarget` after the target's CREATE TABLE.
   */
  referenceAhead(table: string, column: string, target: string): { inColumn: string; afterTarget: string };
  /**
   * A rule the database itself refuses to break, checked before a row is written: `when` is a
   * condition over NEW (and OLD for updates and deletes) that both engines read; `message` is what
   * the refusal says (the app recognises it and answers in Korean).
   */
  refuseWhen(rule: { name: string; table: string; before: 'INSERT' | 'UPDATE' | 'DELETE'; of?: string[]; when: string; message: string }): string;
  /** Removes a rule refuseWhen made (to make it again with a changed condition, in a later step). */
  dropRule(name: string, table: string): string;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** SQLite's GLOB pattern as an anchored POSIX regular expression, for PostgreSQL's `~`. */
export function globToRegex(pattern: string): string {
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      out += pattern.slice(i, end + 1);
      i = end;
    } else out += /[.^$+(){}|\\]/.test(c) ? `\\${c}` : c;
  }
  return `${out}$`;
}

const DAY = '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]';
const HHMM = '[0-2][0-9]:[0-5][0-9]';
const inRange = (column: string, first: string, last: string) => `${column} BETWEEN ${quote(first)} AND ${quote(last)}`;

function common(engine: Engine, glob: (column: string, pattern: string) => string) {
  return {
    glob,
    date: (c: string) => `(${glob(c, DAY)} AND ${inRange(c, FIRST_DATE, LAST_DATE)})`,
    minute: (c: string) => `(${glob(c, `${DAY} ${HHMM}`)} AND ${inRange(c, `${FIRST_DATE} 00:00`, `${LAST_DATE} 23:59`)})`,
    time: (c: string) => glob(c, HHMM),
    month: (c: string) =>
      `(${glob(c, '[0-9][0-9][0-9][0-9]-[01][0-9]')} AND substr(${c}, 6, 2) BETWEEN '01' AND '12' AND ${inRange(c, FIRST_DATE.slice(0, 7), LAST_DATE.slice(0, 7))})`,
    engine,
  };
}

export const sqliteDdl: Ddl = {
  ...common('sqlite', (c, p) => `${c} GLOB ${quote(p)}`),
  id: 'INTEGER PRIMARY KEY',
  calendarDate: (c) => `(date(${c}) IS ${c} AND ${inRange(c, FIRST_DATE, LAST_DATE)})`,
  blob: 'BLOB',
  real: 'REAL',
  monthsBefore: (m, n) => `strftime('%Y-%m', ${m} || '-01', printf('-%d months', ${n}))`,
  now: `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  referenceAhead: (_table, _column, target) => ({ inColumn: `REFERENCES ${target}`, afterTarget: '' }),
  refuseWhen: ({ name, table, before, of, when, message }) =>
    `CREATE TRIGGER ${name} BEFORE ${before}${of ? ` OF ${of.join(', ')}` : ''} ON ${table}
WHEN ${when}
BEGIN
  SELECT RAISE(ABORT, ${quote(message)});
END;`,
  dropRule: (name) => `DROP TRIGGER ${name};`,
};

export const postgresDdl: Ddl = {
  ...common('postgres', (c, p) => `${c} ~ ${quote(globToRegex(p))}`),
  id: 'INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY',
  // to_date raises (22008) on a day the month does not have, which would reach the app as an unknown
  // error instead of this CHECK's violation (23514). So the day is counted from the month's first day,
  // which to_date always reads once the shape and month are checked; the CASE makes sure of that order.
  // NULL passes, as SQLite's `date(NULL) IS NULL` does.
  calendarDate: (c) =>
    `(CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} ~ '^[0-9]{4}-(0[1-9]|1[0-2])-[0-3][0-9]$' AND ${inRange(c, FIRST_DATE, LAST_DATE)}
      THEN to_char(to_date(substr(${c}, 1, 8) || '01', 'YYYY-MM-DD') + (substr(${c}, 9, 2)::int - 1), 'YYYY-MM-DD') = ${c} ELSE false END)`,
  blob: 'BYTEA',
  real: 'DOUBLE PRECISION',
  monthsBefore: (m, n) => `to_char(to_date(${m} || '-01', 'YYYY-MM-DD') - make_interval(months => (${n})::int), 'YYYY-MM')`,
  now: `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  referenceAhead: (table, column, target) => ({ inColumn: '', afterTarget: `ALTER TABLE ${table} ADD FOREIGN KEY (${column}) REFERENCES ${target};` }),
  // A PL/pgSQL function per rule: a trigger's own WHEN may not hold a subquery in PostgreSQL, an IF may.
  refuseWhen: ({ name, table, before, of, when, message }) =>
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $rule$
BEGIN
  IF ${when} THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = ${quote(message)};
  END IF;
  RETURN ${before === 'DELETE' ? 'OLD' : 'NEW'};
END
$rule$;
CREATE TRIGGER ${name} BEFORE ${before}${of ? ` OF ${of.join(', ')}` : ''} ON ${table}
FOR EACH ROW EXECUTE FUNCTION ${name}();`,
  dropRule: (name, table) => `DROP TRIGGER ${name} ON ${table};\nDROP FUNCTION ${name}();`,
};

export const ddlFor = (engine: Engine): Ddl => (engine === 'sqlite' ? sqliteDdl : postgresDdl);
