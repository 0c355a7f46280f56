import type { z } from 'zod';
import {
  trainingKindLabels,
  type AttendanceMode,
  type TrainingSession,
  type TrainingSessionEntry,
  type TrainingSummary,
  type trainingInput,
} from '../../shared/contract/trainings';
import { UserFacingError } from '../../shared/result';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { attendedPeople } from './attendedPeople';

type TrainingFields = z.output<typeof trainingInput>;

const toSession = (r: { id: number; date: string; start_time: string | null; end_time: string | null; place: string }): TrainingSession => ({
  id: r.id,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  place: r.place,
});

/** Owns the training and training_session tables. */
export function trainingRepository(db: Db) {
  const summaries = () =>
    db
      .selectFrom('training as t')
      .innerJoin('training_session as s', 's.training_id', 't.id')
      .select((eb) => [
        't.id',
        't.title',
        't.kind',
        't.instructor',
        't.attendance_mode',
        eb.fn.min('s.date').as('first_date'),
        eb.fn.max('s.date').as('last_date'),
        eb.fn.count<number>('s.id').as('session_count'),
      ])
      .groupBy(['t.id', 't.title', 't.kind', 't.instructor', 't.attendance_mode']);
  type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>;

  // Asked per training (not as a correlated subquery), so SQLite can reach the view's rows by index.
  const attended = (trainingId: number) =>
    db
      .selectFrom('training_attended')
      .select((eb) => [attendedPeople().as('people'), eb.fn.count<number>('department_id').distinct().as('departments')])
      .where('training_id', '=', trainingId)
      .executeTakeFirstOrThrow();

  const withAttended = async (r: SummaryRow): Promise<TrainingSummary> => {
    const a = await attended(r.id);
    return {
      id: r.id,
      title: r.title,
      kind: r.kind,
      kindLabel: trainingKindLabels[r.kind],
      instructor: r.instructor,
      attendanceMode: r.attendance_mode,
      firstDate: r.first_date,
      lastDate: r.last_date,
      sessionCount: Number(r.session_count),
      people: Number(a.people),
      departments: Number(a.departments),
    };
  };

  const sessionRows = (trainingId: number) =>
    db
      .selectFrom('training_session')
      .selectAll()
      .where('training_id', '=', trainingId)
      .orderBy('date')
      // SQLite puts NULLs first, PostgreSQL last: a session without a time sorts first on both.
      .orderBy('start_time', (ob) => ob.asc().nullsFirst())
      .orderBy('id')
      .execute();

  const requireMode = async (id: number): Promise<AttendanceMode> => {
    const row = await db.selectFrom('training').select('attendance_mode').where('id', '=', id).executeTakeFirst();
    if (!row) throw new UserFacingError('not_found', '해당 교육이 없습니다. 목록을 새로 고쳐 보세요.');
    return row.attendance_mode;
  };

  const hasAttendance = async (id: number): Promise<boolean> => {
    const [named, counted] = await Promise.all([
      db.selectFrom('training_session as s').innerJoin('training_attendance as a', 'a.session_id', 's.id').select('s.id').where('s.training_id', '=', id).limit(1).executeTakeFirst(),
      db.selectFrom('training_session as s').innerJoin('training_headcount as h', 'h.session_id', 's.id').select('s.id').where('s.training_id', '=', id).limit(1).executeTakeFirst(),
    ]);
    return named !== undefined || counted !== undefined;
  };

  /** Sessions keep their ids when edited, so their attendance stays; a session left out is removed with its attendance. */
  const replaceSessions = async (trainingId: number, sessions: TrainingFields['sessions']) => {
    const existing = new Set((await sessionRows(trainingId)).map((s) => s.id));
    sessions.forEach((s, i) => {
      if (s.id !== undefined && !existing.has(s.id)) {
        throw new UserFacingError('not_found', '이 교육에 없는 회차입니다. 화면을 새로 고쳐 보세요.', `sessions.${i}.id`);
      }
    });
    const kept = new Set(sessions.map((s) => s.id).filter((id) => id !== undefined));
    const removed = [...existing].filter((id) => !kept.has(id));
    if (removed.length > 0) await db.deleteFrom('training_session').where('id', 'in', removed).execute();
    for (const s of sessions) {
      const columns = { date: s.date, start_time: s.startTime, end_time: s.endTime, place: s.place };
      if (s.id === undefined) await db.insertInto('training_session').values({ ...columns, training_id: trainingId }).execute();
      else await db.updateTable('training_session').set(columns).where('id', '=', s.id).where('training_id', '=', trainingId).execute();
    }
  };

  return {
    listByYear: async (year: number): Promise<TrainingSummary[]> => {
      // A training belongs to every year one of its sessions falls in.
      const rows = await summaries()
        .where('t.id', 'in', (eb) =>
          eb.selectFrom('training_session').select('training_id').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`),
        )
        .orderBy('first_date', 'desc')
        .orderBy('t.id', 'desc')
        .execute();
      return Promise.all(rows.map(withAttended));
    },

    async summary(id: number): Promise<TrainingSummary> {
      const row = await summaries().where('t.id', '=', id).executeTakeFirst();
      if (!row) throw new UserFacingError('not_found', '해당 교육이 없습니다. 목록을 새로 고쳐 보세요.');
      return withAttended(row);
    },

    extra: (id: number) =>
      db
        .selectFrom('training as t')
        .leftJoin('staff as c', 'c.id', 't.created_by')
        .leftJoin('staff as u', 'u.id', 't.updated_by')
        .select(['t.note', 'c.name as created_by_name', 'u.name as updated_by_name'])
        .where('t.id', '=', id)
        .executeTakeFirstOrThrow(),

    sessions: async (trainingId: number): Promise<TrainingSession[]> => (await sessionRows(trainingId)).map(toSession),

    /** The session and its training's attendance mode, or a Korean refusal. */
    async sessionWithMode(sessionId: number): Promise<{ trainingId: number; mode: AttendanceMode }> {
      const row = await db.selectFrom('training_session').select('training_id').where('id', '=', sessionId).executeTakeFirst();
      if (!row) throw new UserFacingError('not_found', '해당 교육 회차가 없습니다. 화면을 새로 고쳐 보세요.', 'sessionId');
      return { trainingId: row.training_id, mode: await requireMode(row.training_id) };
    },

    /** Inserts or updates a training with its sessions; the caller runs it inside a transaction. */
    async save(input: TrainingFields, author: Author): Promise<number> {
      const columns = { title: input.title, kind: input.kind, instructor: input.instructor, attendance_mode: input.attendanceMode, note: input.note };
      let id = input.id;
      if (id === undefined) {
        id = (await db.insertInto('training').values({ ...columns, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        const mode = await requireMode(id);
        if (mode !== input.attendanceMode && (await hasAttendance(id))) {
          throw new UserFacingError('conflict', '출석 기록이 있는 교육은 기록 방식을 바꿀 수 없습니다. 먼저 출석 기록을 지우세요.', 'attendanceMode');
        }
        await db.updateTable('training').set({ ...columns, ...updatedStamp(author) }).where('id', '=', id).execute();
      }
      await replaceSessions(id, input.sessions);
      return id;
    },

    touch: (id: number, author: Author) => db.updateTable('training').set(updatedStamp(author)).where('id', '=', id).execute(),

    async remove(id: number) {
      const removed = await db.deleteFrom('training').where('id', '=', id).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new UserFacingError('not_found', '삭제할 교육이 없습니다.');
    },

    sessionsBetween: async (from: string, to: string): Promise<TrainingSessionEntry[]> =>
      (
        await db
          .selectFrom('training_session as s')
          .innerJoin('training as t', 't.id', 's.training_id')
          .select(['s.id', 's.training_id', 's.date', 's.start_time', 's.end_time', 's.place', 't.title', 't.kind'])
          .where('s.date', '>=', from)
          .where('s.date', '<=', to)
          .orderBy('s.date')
          .orderBy('s.start_time', (ob) => ob.asc().nullsFirst())
          .orderBy('s.id')
          .execute()
      ).map((r) => ({
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
