import type { CountLine, InterpretationRequest, ParsedRequestFilter as ParsedFilter } from '../../shared/contract/interpretation';
import { kindOf, languageLabel, languageOrder, type LanguageCode, type Outcome, type RequestStatus } from '../../shared/interpretationLanguages';
import type { Db } from '../db/connection';
import { SERVED_SQL } from './countingRule';

interface RequestRow {
  id: number;
  requested_on: string;
  requested_time: string | null;
  language: LanguageCode;
  language_note: string;
  nationality: string;
  method_id: number;
  method_name: string;
  task: string;
  minutes: number | null;
  people: number;
  status: RequestStatus;
  outcome: Outcome | null;
  booked: number;
  staff_id: number | null;
  staff_name: string | null;
  interpreter_id: number | null;
  interpreter_name: string | null;
  note: string;
  updated_by_name: string | null;
  updated_at: string;
}

const toRequest = (r: RequestRow): InterpretationRequest => ({
  id: r.id,
  date: r.requested_on,
  time: r.requested_time,
  language: r.language,
  languageLabel: languageLabel(r.language),
  languageNote: r.language_note,
  kind: kindOf(r.language),
  nationality: r.nationality,
  methodId: r.method_id,
  methodLabel: r.method_name,
  task: r.task,
  minutes: r.minutes,
  people: r.people,
  status: r.status,
  outcome: r.outcome,
  booked: r.booked === 1,
  staffId: r.staff_id,
  staffName: r.staff_name,
  interpreterId: r.interpreter_id,
  interpreterName: r.interpreter_name,
  note: r.note,
  updatedByName: r.updated_by_name,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT r.id, r.requested_on, r.requested_time, r.language, r.language_note, r.nationality, r.method_id,
         m.name AS method_name, r.task, r.minutes, r.people, r.status, r.outcome, r.booked,
         r.staff_id, s.name AS staff_name, r.interpreter_id, i.name AS interpreter_name, r.note,
         u.name AS updated_by_name, r.updated_at
  FROM interpretation_request r
  JOIN interpretation_method m ON m.id = r.method_id
  LEFT JOIN staff s ON s.id = r.staff_id
  LEFT JOIN staff i ON i.id = r.interpreter_id
  LEFT JOIN staff u ON u.id = r.updated_by`;

/**
 * Each filter left empty (NULL or '') lets every row through. The statement leads with the most
 * selective filter the user set, so SQLite walks that filter's index (staff, language or way, each
 * with the date) instead of every row of the period; with none set, the date index alone.
 */
const LEADS = {
  staff: 'r.staff_id = @staffId',
  language: 'r.language = @language',
  method: 'r.method_id = @methodId',
  date: '1 = 1',
} as const;
type Lead = keyof typeof LEADS;

const leadOf = (f: ParsedFilter): Lead =>
  f.staffId !== null ? 'staff' : f.language !== null ? 'language' : f.methodId !== null ? 'method' : 'date';

const filterSql = (lead: Lead) => `
  ${LEADS[lead]}
  AND r.requested_on BETWEEN @from AND @to
  AND (@language IS NULL OR r.language = @language)
  AND (@methodId IS NULL OR r.method_id = @methodId)
  AND (@staffId IS NULL OR r.staff_id = @staffId)
  AND (@status IS NULL OR r.status = @status)
  AND (@outcome IS NULL OR r.outcome = @outcome)
  AND (@task = '' OR instr(r.task, @task) > 0)`;

const filterParams = (f: ParsedFilter) => ({
  from: f.from,
  to: f.to,
  language: f.language,
  methodId: f.methodId,
  staffId: f.staffId,
  status: f.result === '예약' || f.result === '취소' ? f.result : null,
  outcome: f.result === '예약' || f.result === '취소' ? null : f.result,
  task: f.task,
});

export interface RequestFields {
  date: string;
  time: string | null;
  language: LanguageCode;
  languageNote: string;
  nationality: string;
  methodId: number;
  task: string;
  minutes: number | null;
  people: number;
  status: RequestStatus;
  outcome: Outcome | null;
  booked: boolean;
  staffId: number | null;
  interpreterId: number | null;
  note: string;
}

/** Owns the interpretation_request table; every query on it lives here. */
export function requestRepository(db: Db) {
  const stmt = {
    byId: db.prepare(`${SELECT} WHERE r.id = ?`),
    insert: db.prepare(`
      INSERT INTO interpretation_request (requested_on, requested_time, language, language_note, nationality, method_id, task,
        minutes, people, status, outcome, booked, staff_id, interpreter_id, note, created_at, created_by, updated_at, updated_by)
      VALUES (@date, @time, @language, @languageNote, @nationality, @methodId, @task, @minutes, @people, @status, @outcome,
        @booked, @staffId, @interpreterId, @note, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE interpretation_request SET requested_on = @date, requested_time = @time, language = @language,
        language_note = @languageNote, nationality = @nationality, method_id = @methodId, task = @task, minutes = @minutes,
        people = @people, status = @status, outcome = @outcome, booked = @booked, staff_id = @staffId,
        interpreter_id = @interpreterId, note = @note, updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    cancel: db.prepare(`UPDATE interpretation_request SET status = '취소', outcome = NULL, updated_at = @now, updated_by = @actor WHERE id = @id`),
    remove: db.prepare(`DELETE FROM interpretation_request WHERE id = ?`),
    day: db.prepare(`${SELECT} WHERE r.requested_on = ? ORDER BY r.requested_time IS NULL, r.requested_time, r.id`),
    bookings: db.prepare(`${SELECT} WHERE r.booked = 1 AND r.requested_on BETWEEN ? AND ? ORDER BY r.requested_on, r.requested_time IS NULL, r.requested_time, r.id`),
    usualLanguage: db.prepare(`
      SELECT language FROM interpretation_request WHERE requested_on BETWEEN ? AND ? AND status <> '취소'
      GROUP BY language ORDER BY count(*) DESC, max(requested_on) DESC LIMIT 1`),
    usualMethod: db.prepare(`
      SELECT r.method_id FROM interpretation_request r JOIN interpretation_method m ON m.id = r.method_id
      WHERE r.requested_on BETWEEN ? AND ? AND r.status <> '취소' AND m.active = 1
      GROUP BY r.method_id ORDER BY count(*) DESC, max(r.requested_on) DESC LIMIT 1`),
  };

  const prepareFiltered = (lead: Lead) => {
    const where = filterSql(lead);
    return {
      list: db.prepare(`${SELECT} WHERE ${where} ORDER BY r.requested_on DESC, r.requested_time DESC, r.id DESC LIMIT @limit`),
      stateCounts: db.prepare(`
        SELECT r.status, r.outcome, count(*) AS cases, sum(r.people) AS people
        FROM interpretation_request r WHERE ${where} GROUP BY r.status, r.outcome`),
      servedByLanguage: db.prepare(`
        SELECT r.language AS key, count(*) AS cases, sum(r.people) AS people
        FROM interpretation_request r WHERE ${where} AND ${SERVED_SQL} GROUP BY r.language`),
      servedByMethod: db.prepare(`
        SELECT r.method_id AS key, m.name AS label, count(*) AS cases, sum(r.people) AS people
        FROM interpretation_request r JOIN interpretation_method m ON m.id = r.method_id
        WHERE ${where} AND ${SERVED_SQL} GROUP BY r.method_id ORDER BY cases DESC, m.sort_order, m.id`),
    };
  };
  // Prepared on first use, then kept for the connection's life.
  const filteredStatements = new Map<Lead, ReturnType<typeof prepareFiltered>>();
  const filtered = (f: ParsedFilter) => {
    const lead = leadOf(f);
    if (!filteredStatements.has(lead)) filteredStatements.set(lead, prepareFiltered(lead));
    return { stmt: filteredStatements.get(lead)!, params: filterParams(f) };
  };

  const run = (f: ParsedFilter, name: 'stateCounts' | 'servedByLanguage' | 'servedByMethod') => {
    const { stmt, params } = filtered(f);
    return stmt[name].all(params);
  };

  const rows = (list: unknown[]) => (list as RequestRow[]).map(toRequest);

  return {
    byId: (id: number): InterpretationRequest | null => {
      const row = stmt.byId.get(id) as RequestRow | undefined;
      return row ? toRequest(row) : null;
    },

    insert: (fields: RequestFields, now: string, actor: number | null): number =>
      Number(stmt.insert.run({ ...fields, booked: fields.booked ? 1 : 0, now, actor }).lastInsertRowid),

    update: (id: number, fields: RequestFields, now: string, actor: number | null): boolean =>
      stmt.update.run({ ...fields, booked: fields.booked ? 1 : 0, id, now, actor }).changes > 0,

    cancel: (id: number, now: string, actor: number | null) => stmt.cancel.run({ id, now, actor }).changes > 0,

    remove: (id: number) => stmt.remove.run(id).changes > 0,

    list: (filter: ParsedFilter, limit: number) => {
      const { stmt, params } = filtered(filter);
      return rows(stmt.list.all({ ...params, limit }));
    },

    stateCounts: (filter: ParsedFilter) =>
      run(filter, 'stateCounts') as { status: RequestStatus; outcome: Outcome | null; cases: number; people: number }[],

    servedByLanguage: (filter: ParsedFilter): CountLine[] =>
      (run(filter, 'servedByLanguage') as { key: LanguageCode; cases: number; people: number }[])
        .map((r) => ({ key: r.key, label: languageLabel(r.key), cases: r.cases, people: r.people }))
        .sort((a, b) => b.cases - a.cases || languageOrder(a.key) - languageOrder(b.key)),

    servedByMethod: (filter: ParsedFilter): CountLine[] =>
      (run(filter, 'servedByMethod') as { key: number; label: string; cases: number; people: number }[]).map(
        (r) => ({ ...r, key: String(r.key) }),
      ),

    day: (date: string) => rows(stmt.day.all(date)),

    bookings: (from: string, to: string) => rows(stmt.bookings.all(from, to)),

    /** Requests dated in the window up to today: a booking still ahead says nothing about today's visitors. */
    usualLanguage: (since: string, today: string): LanguageCode | null =>
      (stmt.usualLanguage.get(since, today) as { language: LanguageCode } | undefined)?.language ?? null,

    usualMethod: (since: string, today: string): number | null =>
      (stmt.usualMethod.get(since, today) as { method_id: number } | undefined)?.method_id ?? null,
  };
}

export type RequestRepository = ReturnType<typeof requestRepository>;
