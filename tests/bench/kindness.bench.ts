import { tempCore } from '../helpers/tempCore';
import { timed } from './timing';

const SOURCES = ['resident_homepage', 'resident_phone', 'resident_card', 'resident_visit', 'survey', 'peer', 'phone_monitoring', 'other'];

/**
 * Ten years (2016–2025) of a large office: 40 departments, 800 staff, 30 nominations a month for
 * about 20 nominees, each nominee rated on the four criteria, two picks a month (one in six a rule
 * exception), every month confirmed: ≈3,600 nominations, ≈9,600 ratings, 240 picks.
 */
export async function run() {
  const app = await tempCore();
  const db = app.db;
  const now = new Date().toISOString();
  db.transaction(() => {
    const dept = db.prepare(`INSERT INTO department (name, created_at, updated_at) VALUES (?, ?, ?)`);
    const person = db.prepare(`INSERT INTO staff (name, department_id, position, created_at, updated_at) VALUES (?, ?, '주무관', ?, ?)`);
    for (let d = 1; d <= 40; d++) dept.run(`부서${d}`, now, now);
    for (let s = 1; s <= 800; s++) person.run(`직원${s}`, ((s - 1) % 40) + 1, now, now);
  })();
  const lead = 1;
  await app.must('session.switch', { staffId: lead });
  const criteria = (db.prepare('SELECT id FROM kindness_criterion').all() as { id: number }[]).map((c) => c.id);

  // Generated picks are spread without regard to the rules, so the rules are off while they are written.
  await app.must('kindness.saveRules', { recentMonths: 0, maxPerDepartment: 0 });
  db.transaction(() => {
    const nominate = db.prepare(`
      INSERT INTO kindness_nomination (month, staff_id, source, evidence, received_on, entered_by, created_at, created_by, updated_at, updated_by)
      VALUES (?, ?, ?, '주민 칭찬: 민원 안내가 친절함', ?, ?, ?, ?, ?, ?)`);
    const rate = db.prepare(`
      INSERT OR REPLACE INTO kindness_rating (month, staff_id, criterion_id, rating, created_at, created_by, updated_at, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const pick = db.prepare(`
      INSERT INTO kindness_pick (month, staff_id, department_id, department_name, position, reason, rule_exception, created_at, created_by, updated_at, updated_by)
      VALUES (?, ?, ?, ?, '주무관', '주민 칭찬 최다', ?, ?, ?, ?, ?)`);
    const confirm = db.prepare(`INSERT INTO kindness_month (month, confirmed, confirmed_at, confirmed_by, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?)`);
    let i = 0;
    for (let year = 2016; year <= 2025; year++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const nominees = Array.from({ length: 20 }, (_, k) => ((year * 131 + m * 37 + k * 41) % 799) + 2);
        for (let n = 0; n < 30; n++) nominate.run(month, nominees[n % 20], SOURCES[(i++ + n) % SOURCES.length], `${month}-10`, lead, now, lead, now, lead);
        for (const staffId of nominees) for (const c of criteria) rate.run(month, staffId, c, ((staffId + c) % 5) + 1, now, lead, now, lead);
        const monthIndex = (year - 2016) * 12 + m;
        for (const [k, staffId] of [nominees[0], nominees[1]].entries()) {
          const departmentId = ((staffId - 1) % 40) + 1;
          const exception = k === 1 && monthIndex % 6 === 0 ? '같은 부서에서 이미 1명 선정(부서당 월 1명까지)' : null;
          pick.run(month, staffId, departmentId, `부서${departmentId}`, exception, now, lead, now, lead);
        }
        confirm.run(month, now, lead, now, lead);
      }
    }
  })();
  await app.must('kindness.saveRules', { recentMonths: 6, maxPerDepartment: 1 });
  const counts = db
    .prepare(`SELECT (SELECT count(*) FROM kindness_nomination) AS nominations, (SELECT count(*) FROM kindness_rating) AS ratings, (SELECT count(*) FROM kindness_pick) AS picks`)
    .get();
  console.log('rows', counts);

  await timed('kindness.board (one month, 20 nominees)', () => app.must('kindness.board', { month: '2024-06' }));
  await timed('kindness.nominations (one month)', () => app.must('kindness.nominations', { month: '2024-06' }));
  await timed('kindness.history (one year)', () => app.must('kindness.history', { year: 2024 }));
  await timed('kindness.history (each of 10 years)', async () => {
    for (let y = 2016; y <= 2025; y++) await app.must('kindness.history', { year: y });
  });
  await timed('kindness.yearLine (10 years)', () => app.must('kindness.yearLine', { from: '2016-01-01', to: '2025-12-31', asOf: '2025-12-31' }));
  await timed('kindness.announcement (one month)', () => app.must('kindness.announcement', { month: '2024-06' }));
  await app.close();
}
