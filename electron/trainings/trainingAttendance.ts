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
import type { Db } from '../db/connection';
import type { StaffRepository } from '../staff/staffRepository';

interface AttendanceRow {
  session_id: number;
  staff_id: number;
  staff_name: string;
  department_id: number;
  department_name: string;
  status: AttendanceStatus;
}
interface HeadCountRow {
  session_id: number;
  department_id: number;
  department_name: string;
  head_count: number;
}

const zeroTotals = (): StatusTotals => ({ present: 0, late: 0, excused: 0, absent: 0, attended: 0 });

/** Owns training_attendance and training_headcount: who came to which session, and the totals the screens show. */
export function trainingAttendance(db: Db, staff: StaffRepository) {
  const stmt = {
    attendance: db.prepare(`
      SELECT a.session_id, a.staff_id, st.name AS staff_name, a.department_id, d.name AS department_name, a.status
      FROM training_attendance a
      JOIN training_session s ON s.id = a.session_id
      JOIN staff st ON st.id = a.staff_id
      JOIN department d ON d.id = a.department_id
      WHERE s.training_id = ? ORDER BY d.name, st.name`),
    headCounts: db.prepare(`
      SELECT h.session_id, h.department_id, d.name AS department_name, h.head_count
      FROM training_headcount h
      JOIN training_session s ON s.id = h.session_id
      JOIN department d ON d.id = h.department_id
      WHERE s.training_id = ? ORDER BY d.name`),
    departmentsOfSession: db.prepare(`SELECT staff_id, department_id FROM training_attendance WHERE session_id = ?`),
    clearAttendance: db.prepare(`DELETE FROM training_attendance WHERE session_id = ?`),
    insertAttendance: db.prepare(`
      INSERT INTO training_attendance (session_id, staff_id, department_id, status) VALUES (@sessionId, @staffId, @departmentId, @status)`),
    clearHeadCounts: db.prepare(`DELETE FROM training_headcount WHERE session_id = ?`),
    insertHeadCount: db.prepare(`
      INSERT INTO training_headcount (session_id, department_id, head_count) VALUES (@sessionId, @departmentId, @headCount)`),
    departmentExists: db.prepare(`SELECT 1 FROM department WHERE id = ?`),
  };

  return {
    /** Replaces one session's per-person attendance; the caller runs it inside a transaction. */
    replaceAttendance(sessionId: number, entries: { staffId: number; status: AttendanceStatus }[]) {
      // Someone already recorded keeps the department they were in that day, even if they moved since.
      const recorded = new Map(
        (stmt.departmentsOfSession.all(sessionId) as { staff_id: number; department_id: number }[]).map((r) => [r.staff_id, r.department_id]),
      );
      const seen = new Set<number>();
      const rows = entries.map((e, i) => {
        if (seen.has(e.staffId)) throw new UserFacingError('invalid_input', '같은 직원이 명단에 두 번 있습니다.', `entries.${i}.staffId`);
        seen.add(e.staffId);
        const member = staff.staffById(e.staffId);
        if (!member) throw new UserFacingError('not_found', '명단에 없는 직원입니다. 직원 목록을 새로 고쳐 보세요.', `entries.${i}.staffId`);
        return { sessionId, staffId: e.staffId, status: e.status, departmentId: recorded.get(e.staffId) ?? member.departmentId };
      });
      stmt.clearAttendance.run(sessionId);
      for (const row of rows) stmt.insertAttendance.run(row);
    },

    /** Replaces one session's head counts per department; the caller runs it inside a transaction. */
    replaceHeadCounts(sessionId: number, counts: { departmentId: number; headCount: number }[]) {
      const seen = new Set<number>();
      counts.forEach((c, i) => {
        if (seen.has(c.departmentId)) throw new UserFacingError('invalid_input', '같은 부서가 두 번 있습니다.', `counts.${i}.departmentId`);
        seen.add(c.departmentId);
        if (!stmt.departmentExists.get(c.departmentId)) {
          throw new UserFacingError('not_found', '없는 부서입니다. 부서 목록을 새로 고쳐 보세요.', `counts.${i}.departmentId`);
        }
      });
      stmt.clearHeadCounts.run(sessionId);
      for (const c of counts) stmt.insertHeadCount.run({ sessionId, ...c });
    },

    /** Each session with its attendance and totals, and the totals per department across the sessions. */
    sessionDetails(trainingId: number, sessions: TrainingSession[]): { sessions: SessionDetail[]; byDepartment: DepartmentTotals[] } {
      const attendance = stmt.attendance.all(trainingId) as AttendanceRow[];
      const headCounts = stmt.headCounts.all(trainingId) as HeadCountRow[];
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
