import { healingProgramFigures } from '../../electron/healing/healingFigures';
import { trainingFigures } from '../../electron/trainings/trainingFigures';
import { tempCore } from '../helpers/tempCore';
import { timed } from './timing';

/**
 * Ten years of a large office: 40 departments, 800 staff, 12 trainings a year of 3 sessions each,
 * every session with about 200 named people (≈72,000 attendance rows), and 6 healing programs a year.
 */
export async function run() {
  const app = await tempCore();
  const db = app.db;
  const now = new Date().toISOString();
  db.transaction(() => {
    const dept = db.prepare(`INSERT INTO department (name, created_at, updated_at) VALUES (?, ?, ?)`);
    const person = db.prepare(`INSERT INTO staff (name, department_id, created_at, updated_at) VALUES (?, ?, ?, ?)`);
    for (let d = 1; d <= 40; d++) dept.run(`부서${d}`, now, now);
    for (let s = 1; s <= 800; s++) person.run(`직원${s}`, ((s - 1) % 40) + 1, now, now);
  })();
  db.transaction(() => {
    const training = db.prepare(`INSERT INTO training (title, kind, attendance_mode, created_at, updated_at) VALUES (?, ?, 'person', ?, ?)`);
    const session = db.prepare(`INSERT INTO training_session (training_id, date, start_time, end_time, place) VALUES (?, ?, '14:00', '16:00', '대강당')`);
    const attend = db.prepare(`INSERT INTO training_attendance (session_id, staff_id, department_id, status) VALUES (?, ?, ?, ?)`);
    const healing = db.prepare(`INSERT INTO healing_program (date, place, activity, participants, created_at, updated_at) VALUES (?, '태종대', '요가', 20, ?, ?)`);
    const statuses = ['present', 'present', 'present', 'late', 'excused', 'absent'];
    for (let year = 2016; year <= 2025; year++) {
      for (let m = 1; m <= 12; m++) {
        const id = Number(training.run(`${year}년 ${m}월 교육`, m % 3 === 0 ? 'complaintDrill' : 'kindness', now, now).lastInsertRowid);
        for (let k = 0; k < 3; k++) {
          const sessionId = Number(session.run(id, `${year}-${String(m).padStart(2, '0')}-${String(10 + k).padStart(2, '0')}`).lastInsertRowid);
          for (let p = 0; p < 200; p++) {
            const staffId = ((m * 67 + k * 200 + p) % 800) + 1;
            attend.run(sessionId, staffId, ((staffId - 1) % 40) + 1, statuses[p % statuses.length]);
          }
        }
        if (m % 2 === 0) healing.run(`${year}-${String(m).padStart(2, '0')}-20`, now, now);
      }
    }
  })();
  console.log('attendance rows', (db.prepare('SELECT count(*) AS n FROM training_attendance').get() as { n: number }).n);

  await timed('trainings.list (one year)', () => app.must('trainings.list', { year: 2024 }));
  const [first] = await app.must('trainings.list', { year: 2024 });
  await timed('trainings.get (3 sessions, ~600 rows)', () => app.must('trainings.get', { id: first.id }));
  await timed('trainings.yearLine 친절교육', () => app.must('trainings.yearLine', { year: 2024, kind: 'kindness' }));
  await timed('trainings.coverage (40 부서, 현장 10)', async () => {
    await app.must('trainings.setFrontline', { departmentIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    return app.must('trainings.coverage', { year: 2024, kind: 'kindness' });
  });
  await timed('trainingFigures, 10 years one by one', () => {
    for (let y = 2016; y <= 2025; y++) trainingFigures(db, { from: `${y}-01-01`, to: `${y}-12-31` });
  });
  await timed('healingProgramFigures, 10 years one by one', () => {
    for (let y = 2016; y <= 2025; y++) healingProgramFigures(db, { from: `${y}-01-01`, to: `${y}-12-31` });
  });
  await timed('trainings.sessionsBetween (6 weeks)', () => app.must('trainings.sessionsBetween', { from: '2024-02-24', to: '2024-04-14' }));
  await app.close();
}
