import type { KindnessSource } from '../../shared/contract/kindness';
import type { Db } from '../../electron/db/schema';
import { writeTransaction } from '../../electron/db/writeTransaction';
import { tempCore } from '../helpers/tempCore';
import { timed } from './timing';

const SOURCES: KindnessSource[] = ['resident_homepage', 'resident_phone', 'resident_card', 'resident_visit', 'survey', 'peer', 'phone_monitoring', 'other'];

/**
 * Ten years (2016–2025) of a large office: 40 departments, 800 staff, 30 nominations a month for
 * about 20 nominees, each nominee rated on the four criteria, two picks a month (one in six a rule
 * exception), every month confirmed: ≈3,600 nominations, ≈9,600 ratings, 240 picks.
 * Runs on the engine the tests use (MINWON_TEST_ENGINE), SQLite by default.
 */
async function seed(db: Db): Promise<number> {
  const now = new Date().toISOString();
  const stamp = { created_at: now, updated_at: now };
  const { departments, staff } = await writeTransaction(db, async (trx) => {
    const departments = await trx
      .insertInto('department')
      .values(Array.from({ length: 40 }, (_, d) => ({ name: `부서${d + 1}`, ...stamp })))
      .returning('id')
      .execute();
    const staff = await trx
      .insertInto('staff')
      .values(Array.from({ length: 800 }, (_, s) => ({ name: `직원${s + 1}`, department_id: departments[s % 40].id, position: '주무관', ...stamp })))
      .returning(['id', 'department_id'])
      .execute();
    return { departments, staff };
  });
  const lead = staff[0].id;
  const criteria = (await db.selectFrom('kindness_criterion').select('id').execute()).map((c) => c.id);
  const by = { created_by: lead, updated_by: lead };

  await writeTransaction(db, async (trx) => {
    let i = 0;
    for (let year = 2016; year <= 2025; year++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const nominees = Array.from({ length: 20 }, (_, k) => staff[((year * 131 + m * 37 + k * 41) % 799) + 1]);
        await trx
          .insertInto('kindness_nomination')
          .values(
            Array.from({ length: 30 }, (_, n) => ({
              month,
              staff_id: nominees[n % 20].id,
              source: SOURCES[(i++ + n) % SOURCES.length],
              evidence: '주민 칭찬: 민원 안내가 친절함',
              received_on: `${month}-10`,
              entered_by: lead,
              ...stamp,
              ...by,
            })),
          )
          .execute();
        await trx
          .insertInto('kindness_rating')
          .values(nominees.flatMap((p) => criteria.map((c) => ({ month, staff_id: p.id, criterion_id: c, rating: ((p.id + c) % 5) + 1, ...stamp, ...by }))))
          .execute();
        const monthIndex = (year - 2016) * 12 + m;
        for (const [k, person] of [nominees[0], nominees[1]].entries()) {
          const department = departments.findIndex((d) => d.id === person.department_id) + 1;
          const exception = k === 1 && monthIndex % 6 === 0 ? '같은 부서에서 이미 1명 선정(부서당 월 1명까지)' : null;
          await trx
            .insertInto('kindness_pick')
            .values({ month, staff_id: person.id, department_id: person.department_id, department_name: `부서${department}`, position: '주무관', reason: '주민 칭찬 최다', rule_exception: exception, ...stamp, ...by })
            .execute();
        }
        await trx.insertInto('kindness_month').values({ month, confirmed: 1, confirmed_at: now, confirmed_by: lead, updated_at: now, updated_by: lead }).execute();
      }
    }
  });
  return lead;
}

export async function run() {
  const app = await tempCore();
  // Generated picks are spread without regard to the rules, so the rules are off while they are written.
  await app.db.updateTable('kindness_rule').set({ recent_months: 0, max_per_department: 0 }).execute();
  const lead = await seed(app.db);
  await app.signInAs(lead, { role: 'teamLead' });
  await app.must('kindness.saveRules', { recentMonths: 6, maxPerDepartment: 1 });
  const count = (table: 'kindness_nomination' | 'kindness_rating' | 'kindness_pick') =>
    app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => r.n);
  console.log(app.engine, 'rows', { nominations: await count('kindness_nomination'), ratings: await count('kindness_rating'), picks: await count('kindness_pick') });

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
