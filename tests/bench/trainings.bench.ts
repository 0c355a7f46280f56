import { healingProgramFiguresByYear } from '../../electron/healing/healingFigures';
import { trainingFiguresByYear } from '../../electron/trainings/trainingFigures';
import type { Db } from '../../electron/db/schema';
import { writeTransaction } from '../../electron/db/writeTransaction';
import { tempCore } from '../helpers/tempCore';
import { timed } from './timing';

/** Rows per INSERT while seeding: a few thousand parameters, well inside both engines' limits. */
const CHUNK = 500;
const insertAll = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
};

/**
 * Ten years of a large office: 40 departments, 800 staff, 12 trainings a year of 3 sessions each,
 * every session with about 200 named people (≈72,000 attendance rows), and 6 healing programs a year.
 * Runs on the engine the tests use (MINWON_TEST_ENGINE), SQLite by default.
 */
async function seed(db: Db) {
  const now = new Date().toISOString();
  const stamp = { created_at: now, updated_at: now };
  // Numbered after the 관리자 and department the test core starts with.
  const after = async (table: 'department' | 'staff') => Number((await db.selectFrom(table).select((eb) => eb.fn.max('id').as('n')).executeTakeFirstOrThrow()).n ?? 0);
  const [firstDept, firstStaff] = [(await after('department')) + 1, (await after('staff')) + 1];
  const departmentOf = (staffId: number) => firstDept + ((staffId - firstStaff) % 40);
  await writeTransaction(db, async (trx) => {
    await trx.insertInto('department').values(Array.from({ length: 40 }, (_, d) => ({ id: firstDept + d, name: `부서${d + 1}`, ...stamp }))).execute();
    await insertAll(
      Array.from({ length: 800 }, (_, s) => ({ id: firstStaff + s, name: `직원${s + 1}`, department_id: departmentOf(firstStaff + s), ...stamp })),
      (chunk) => trx.insertInto('staff').values(chunk).execute(),
    );
  });
  await writeTransaction(db, async (trx) => {
    const statuses = ['present', 'present', 'present', 'late', 'excused', 'absent'] as const;
    const attendance: { session_id: number; staff_id: number; department_id: number; status: (typeof statuses)[number] }[] = [];
    for (let year = 2016; year <= 2025; year++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const { id } = await trx
          .insertInto('training')
          .values({ title: `${year}년 ${m}월 교육`, kind: m % 3 === 0 ? 'complaintDrill' : 'kindness', attendance_mode: 'person', ...stamp })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (let k = 0; k < 3; k++) {
          const session = await trx
            .insertInto('training_session')
            .values({ training_id: id, date: `${month}-${String(10 + k).padStart(2, '0')}`, start_time: '14:00', end_time: '16:00', place: '대강당' })
            .returning('id')
            .executeTakeFirstOrThrow();
          for (let p = 0; p < 200; p++) {
            const staffId = firstStaff + ((m * 67 + k * 200 + p) % 800);
            attendance.push({ session_id: session.id, staff_id: staffId, department_id: departmentOf(staffId), status: statuses[p % statuses.length] });
          }
        }
        if (m % 2 === 0) await trx.insertInto('healing_program').values({ date: `${month}-20`, place: '태종대', activity: '요가', participants: 20, ...stamp }).execute();
      }
    }
    await insertAll(attendance, (chunk) => trx.insertInto('training_attendance').values(chunk).execute());
  });
}

export async function run() {
  const app = await tempCore();
  const db = app.db;
  await seed(db);
  const { n } = await db.selectFrom('training_attendance').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  console.log(`attendance rows ${n} (${app.engine})`);

  await timed('trainings.list (one year)', () => app.must('trainings.list', { year: 2024 }));
  const [first] = await app.must('trainings.list', { year: 2024 });
  await timed('trainings.get (3 sessions, ~600 rows)', () => app.must('trainings.get', { id: first.id }));
  await timed('trainings.yearLine 친절교육', () => app.must('trainings.yearLine', { year: 2024, kind: 'kindness' }));
  await timed('trainings.coverage (40 부서, 현장 10)', async () => {
    await app.must('trainings.setFrontline', { departmentIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    return app.must('trainings.coverage', { year: 2024, kind: 'kindness' });
  });
  await timed('trainingFiguresByYear, 10 years', () => trainingFiguresByYear(db, { from: '2016-01-01', to: '2025-12-31' }));
  await timed('healingProgramFiguresByYear, 10 years', () => healingProgramFiguresByYear(db, { from: '2016-01-01', to: '2025-12-31' }));
  await timed('trainings.sessionsBetween (6 weeks)', () => app.must('trainings.sessionsBetween', { from: '2024-02-24', to: '2024-04-14' }));
  await app.close();
}
