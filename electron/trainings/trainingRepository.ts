import type { z } from 'zod';
import {
  trainingKindLabels,
  type AttendanceMode,
  type TrainingKind,
  type TrainingSession,
  type TrainingSessionEntry,
  type TrainingSummary,
  type trainingInput,
} from '../../shared/contract/trainings';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';

type TrainingFields = z.output<typeof trainingInput>;

interface SummaryRow {
  id: number;
  title: string;
  kind: TrainingKind;
  instructor: string;
  attendance_mode: AttendanceMode;
  first_date: string;
  last_date: string;
  session_count: number;
}

const SUMMARY_SELECT = `
  SELECT t.id, t.title, t.kind, t.instructor, t.attendance_mode,
         min(s.date) AS first_date, max(s.date) AS last_date, count(s.id) AS session_count
  FROM training t JOIN training_session s ON s.training_id = t.id`;

const toSummary = (r: SummaryRow, attended: { people: number; departments: number }): TrainingSummary => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  kindLabel: trainingKindLabels[r.kind],
  instructor: r.instructor,
  attendanceMode: r.attendance_mode,
  firstDate: r.first_date,
  lastDate: r.last_date,
  sessionCount: r.session_count,
  people: attended.people,
  departments: attended.departments,
});

interface SessionRow {
  id: number;
  training_id: number;
  date: string;
  start_time: string | null;
  end_time: string | null;
  place: string;
}
const toSession = (r: SessionRow): TrainingSession => ({ id: r.id, date: r.date, startTime: r.start_time, endTime: r.end_time, place: r.place });

/** Owns the training and training_session tables. */
export function trainingRepository(db: Db) {
  const stmt = {
    // A training belongs to every year one of its sessions falls in.
    listByYear: db.prepare(`${SUMMARY_SELECT}
      WHERE t.id IN (SELECT training_id FROM training_session WHERE date BETWEEN @from AND @to)
      GROUP BY t.id ORDER BY first_date DESC, t.id DESC`),
    summary: db.prepare(`${SUMMARY_SELECT} WHERE t.id = ? GROUP BY t.id`),
    // Asked per training (not as a correlated subquery), so SQLite can reach the view's rows by index.
    attended: db.prepare(`
      SELECT count(DISTINCT staff_id) + coalesce(sum(CASE WHEN staff_id IS NULL THEN head_count END), 0) AS people,
             count(DISTINCT department_id) AS departments
      FROM training_attended WHERE training_id = ?`),
    extra: db.prepare(`
      SELECT t.note, c.name AS created_by_name, u.name AS updated_by_name
      FROM training t LEFT JOIN staff c ON c.id = t.created_by LEFT JOIN staff u ON u.id = t.updated_by WHERE t.id = ?`),
    mode: db.prepare(`SELECT attendance_mode FROM training WHERE id = ?`),
    hasAttendance: db.prepare(`
      SELECT EXISTS (SELECT 1 FROM training_session s JOIN training_attendance a ON a.session_id = s.id WHERE s.training_id = @id)
          OR EXISTS (SELECT 1 FROM training_session s JOIN training_headcount h ON h.session_id = s.id WHERE s.training_id = @id) AS yes`),
    insert: db.prepare(`
      INSERT INTO training (title, kind, instructor, attendance_mode, note, created_at, created_by, updated_at, updated_by)
      VALUES (@title, @kind, @instructor, @attendanceMode, @note, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE training SET title = @title, kind = @kind, instructor = @instructor, attendance_mode = @attendanceMode,
             note = @note, updated_at = @now, updated_by = @actor WHERE id = @id`),
    touch: db.prepare(`UPDATE training SET updated_at = @now, updated_by = @actor WHERE id = @id`),
    remove: db.prepare(`DELETE FROM training WHERE id = ?`),
    sessions: db.prepare(`SELECT * FROM training_session WHERE training_id = ? ORDER BY date, start_time, id`),
    sessionById: db.prepare(`SELECT * FROM training_session WHERE id = ?`),
    insertSession: db.prepare(`
      INSERT INTO training_session (training_id, date, start_time, end_time, place)
      VALUES (@trainingId, @date, @startTime, @endTime, @place)`),
    updateSession: db.prepare(`
      UPDATE training_session SET date = @date, start_time = @startTime, end_time = @endTime, place = @place
      WHERE id = @id AND training_id = @trainingId`),
    removeSession: db.prepare(`DELETE FROM training_session WHERE id = ?`),
    sessionsBetween: db.prepare(`
      SELECT s.*, t.title, t.kind FROM training_session s JOIN training t ON t.id = s.training_id
      WHERE s.date BETWEEN @from AND @to ORDER BY s.date, s.start_time, s.id`),
  };

  const requireMode = (id: number): AttendanceMode => {
    const row = stmt.mode.get(id) as { attendance_mode: AttendanceMode } | undefined;
    if (!row) throw new UserFacingError('not_found', '해당 교육이 없습니다. 목록을 새로 고쳐 보세요.');
    return row.attendance_mode;
  };

  /** Sessions keep their ids when edited, so their attendance stays; a session left out is removed with its attendance. */
  const replaceSessions = (trainingId: number, sessions: TrainingFields['sessions']) => {
    const existing = new Set((stmt.sessions.all(trainingId) as SessionRow[]).map((s) => s.id));
    sessions.forEach((s, i) => {
      if (s.id !== undefined && !existing.has(s.id)) {
        throw new UserFacingError('not_found', '이 교육에 없는 회차입니다. 화면을 새로 고쳐 보세요.', `sessions.${i}.id`);
      }
    });
    const kept = new Set(sessions.map((s) => s.id).filter((id) => id !== undefined));
    for (const id of existing) if (!kept.has(id)) stmt.removeSession.run(id);
    for (const s of sessions) {
      const params = { trainingId, date: s.date, startTime: s.startTime, endTime: s.endTime, place: s.place };
      if (s.id === undefined) stmt.insertSession.run(params);
      else stmt.updateSession.run({ ...params, id: s.id });
    }
  };

  const withAttended = (r: SummaryRow) => toSummary(r, stmt.attended.get(r.id) as { people: number; departments: number });

  return {
    listByYear: (year: number): TrainingSummary[] =>
      (stmt.listByYear.all({ from: `${year}-01-01`, to: `${year}-12-31` }) as SummaryRow[]).map(withAttended),

    summary(id: number): TrainingSummary {
      const row = stmt.summary.get(id) as SummaryRow | undefined;
      if (!row) throw new UserFacingError('not_found', '해당 교육이 없습니다. 목록을 새로 고쳐 보세요.');
      return withAttended(row);
    },

    extra: (id: number) => stmt.extra.get(id) as { note: string; created_by_name: string | null; updated_by_name: string | null },

    sessions: (trainingId: number): TrainingSession[] => (stmt.sessions.all(trainingId) as SessionRow[]).map(toSession),

    /** The session and its training's attendance mode, or a Korean refusal. */
    sessionWithMode(sessionId: number): { trainingId: number; mode: AttendanceMode } {
      const row = stmt.sessionById.get(sessionId) as SessionRow | undefined;
      if (!row) throw new UserFacingError('not_found', '해당 교육 회차가 없습니다. 화면을 새로 고쳐 보세요.', 'sessionId');
      return { trainingId: row.training_id, mode: requireMode(row.training_id) };
    },

    /** Inserts or updates a training with its sessions; the caller runs it inside a transaction. */
    save(input: TrainingFields, actorId: number | null): number {
      const params = { ...input, now: nowIso(), actor: actorId };
      let id = input.id;
      if (id === undefined) {
        id = Number(stmt.insert.run(params).lastInsertRowid);
      } else {
        const mode = requireMode(id);
        if (mode !== input.attendanceMode && (stmt.hasAttendance.get({ id }) as { yes: number }).yes) {
          throw new UserFacingError('conflict', '출석 기록이 있는 교육은 기록 방식을 바꿀 수 없습니다. 먼저 출석 기록을 지우세요.', 'attendanceMode');
        }
        stmt.update.run({ ...params, id });
      }
      replaceSessions(id, input.sessions);
      return id;
    },

    touch: (id: number, actorId: number | null) => stmt.touch.run({ id, now: nowIso(), actor: actorId }),

    remove(id: number) {
      if (stmt.remove.run(id).changes === 0) throw new UserFacingError('not_found', '삭제할 교육이 없습니다.');
    },

    sessionsBetween: (from: string, to: string): TrainingSessionEntry[] =>
      (stmt.sessionsBetween.all({ from, to }) as (SessionRow & { title: string; kind: TrainingKind })[]).map((r) => ({
        trainingId: r.training_id,
        sessionId: r.id,
        title: r.title,
        kindLabel: trainingKindLabels[r.kind],
        date: r.date,
        startTime: r.start_time,
        endTime: r.end_time,
        place: r.place,
      })),
  };
}

export type TrainingRepository = ReturnType<typeof trainingRepository>;
