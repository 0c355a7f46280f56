import {
  countsAsAttended,
  type AttendanceEntry,
  type AttendanceStatus,
  type DepartmentTotals,
  type HeadCountEntry,
  type SessionDetail,
  type StatusTotals,
  type TrainingSession,
} from '../../shared/contract/trainings';
import { UserFacingError } from '../../shared/result';
import type { Db } from '../db/schema';

const zeroTotals = (): StatusTotals => ({ present: 0, late: 0, excused: 0, absent: 0, attended: 0 });

/** Rows per INSERT: a session of 3000 people is a few statements, each far below the engines' parameter limits. */
const INSERT_CHUNK = 500;

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await insert(rows.slice(i, i + INSERT_CHUNK));
}

/** Owns training_attendance and training_headcount: who came to which session, and the totals the screens show. */
export function trainingAttendance(db: Db) {
  const attendanceOf = (trainingId: number) =>
    db
      .selectFrom('training_attendance as a')
      .innerJoin('training_session as s', 's.id', 'a.session_id')
      .innerJoin('staff as st', 'st.id', 'a.staff_id')
      .innerJoin('department as d', 'd.id', 'a.department_id')
      .select(['a.session_id', 'a.staff_id', 'st.name as staff_name', 'a.department_id', 'd.name as department_name', 'a.status'])
      .where('s.training_id', '=', trainingId)
      .orderBy('d.name')
      .orderBy('st.name')
      .execute();

  const headCountsOf = (trainingId: number) =>
    db
      .selectFrom('training_headcount as h')
      .innerJoin('training_session as s', 's.id', 'h.session_id')
      .innerJoin('department as d', 'd.id', 'h.department_id')
      .select(['h.session_id', 'h.department_id', 'd.name as department_name', 'h.head_count'])
      .where('s.training_id', '=', trainingId)
      .orderBy('d.name')
      .execute();

  return {
    /** Replaces one session's per-person attendance; the caller runs it inside a transaction. */
    async replaceAttendance(sessionId: number, entries: { staffId: number; status: AttendanceStatus }[]) {
      const ids = [...new Set(entries.map((e) => e.staffId))];
      // Read in one go (a session may hold thousands): to an office server that is one round trip, not one per person.
      const [recordedRows, staffRows] = await Promise.all([
        db.selectFrom('training_attendance').select(['staff_id', 'department_id']).where('session_id', '=', sessionId).execute(),
        ids.length === 0 ? [] : db.selectFrom('staff').select(['id', 'department_id']).where('id', 'in', ids).execute(),
      ]);
      // Someone already recorded keeps the department they were in that day, even if they moved since.
      const recorded = new Map(recordedRows.map((r) => [r.staff_id, r.department_id]));
      const departmentNow = new Map(staffRows.map((r) => [r.id, r.department_id]));
      const seen = new Set<number>();
      const rows = entries.map((e, i) => {
        if (seen.has(e.staffId)) throw new UserFacingError('invalid_input', '같은 직원이 명단에 두 번 있습니다.', `entries.${i}.staffId`);
        seen.add(e.staffId);
        const departmentId = departmentNow.get(e.staffId);
        if (departmentId === undefined) throw new UserFacingError('not_found', '명단에 없는 직원입니다. 직원 목록을 새로 고쳐 보세요.', `entries.${i}.staffId`);
        return { session_id: sessionId, staff_id: e.staffId, status: e.status, department_id: recorded.get(e.staffId) ?? departmentId };
      });
      await db.deleteFrom('training_attendance').where('session_id', '=', sessionId).execute();
      await insertInChunks(rows, (chunk) => db.insertInto('training_attendance').values(chunk).execute());
    },

    /** Replaces one session's head counts per department; the caller runs it inside a transaction. */
    async replaceHeadCounts(sessionId: number, counts: { departmentId: number; headCount: number }[]) {
      const ids = [...new Set(counts.map((c) => c.departmentId))];
      const known = new Set(ids.length === 0 ? [] : (await db.selectFrom('department').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
      const seen = new Set<number>();
      counts.forEach((c, i) => {
        if (seen.has(c.departmentId)) throw new UserFacingError('invalid_input', '같은 부서가 두 번 있습니다.', `counts.${i}.departmentId`);
        seen.add(c.departmentId);
        if (!known.has(c.departmentId)) throw new UserFacingError('not_found', '없는 부서입니다. 부서 목록을 새로 고쳐 보세요.', `counts.${i}.departmentId`);
      });
      await db.deleteFrom('training_headcount').where('session_id', '=', sessionId).execute();
      const rows = counts.map((c) => ({ session_id: sessionId, department_id: c.departmentId, head_count: c.headCount }));
      await insertInChunks(rows, (chunk) => db.insertInto('training_headcount').values(chunk).execute());
    },

    /** Each session with its attendance and totals, and the totals per department across the sessions. */
    async sessionDetails(trainingId: number, sessions: TrainingSession[]): Promise<{ sessions: SessionDetail[]; byDepartment: DepartmentTotals[] }> {
      const [attendance, headCounts] = await Promise.all([attendanceOf(trainingId), headCountsOf(trainingId)]);
      const departments = new Map<number, DepartmentTotals & { attendedStaff: Set<number> }>();
      const departmentOf = (id: number, name: string) => {
        let d = departments.get(id);
        if (!d) departments.set(id, (d = { departmentId: id, departmentName: name, people: 0, ...zeroTotals(), attendedStaff: new Set() }));
        return d;
      };
      const details = sessions.map((session): SessionDetail => {
        const totals = zeroTotals();
        const mine = attendance.filter((a) => a.session_id === session.id);
        const counts = headCounts.filter((h) => h.session_id === session.id);
        for (const a of mine) {
          const dept = departmentOf(a.department_id, a.department_name);
          totals[a.status] += 1;
          dept[a.status] += 1;
          if (countsAsAttended(a.status)) {
            totals.attended += 1;
            dept.attended += 1;
            dept.attendedStaff.add(a.staff_id);
          }
        }
        for (const h of counts) {
          const dept = departmentOf(h.department_id, h.department_name);
          totals.attended += h.head_count;
          dept.attended += h.head_count;
          dept.people += h.head_count;
        }
        return {
          ...session,
          totals,
          attendance: mine.map((a): AttendanceEntry => ({
            staffId: a.staff_id,
            staffName: a.staff_name,
            departmentId: a.department_id,
            departmentName: a.department_name,
            status: a.status,
          })),
          headCounts: counts.map((h): HeadCountEntry => ({ departmentId: h.department_id, departmentName: h.department_name, headCount: h.head_count })),
        };
      });
      const byDepartment = [...departments.values()]
        .map(({ attendedStaff, ...d }) => ({ ...d, people: d.people + attendedStaff.size }))
        .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'ko'));
      return { sessions: details, byDepartment };
    },
  };
}

export type TrainingAttendance = ReturnType<typeof trainingAttendance>;
