import { sql, type Kysely } from 'kysely';
import type { Db } from '../../electron/db/schema';
import { writeTransaction } from '../../electron/db/writeTransaction';
import { addDays, datesBetween, isWorkingDay } from '../../shared/korean/holidays';
import { tempCore } from '../helpers/tempCore';
import { cardFields } from '../fixtures/pledgeOffice/app';
import { timed } from './timing';

const FROM = '2015-01-01';
const TO = '2024-12-31';
const LANGUAGES = ['en', 'zh', 'vi', 'ja', 'th', 'ru', 'other', 'ksl'];

/** A small deterministic generator, so every run measures the same data. */
const random = (() => {
  let seed = 20250710;
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
})();
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

/**
 * Ten years of a busy hall written straight into every area's tables (on the suite's engine: SQLite
 * unless MINWON_TEST_ENGINE=postgres), then the 추진실적 for the whole ten years generated as the page
 * asks for it (and exported), each timed.
 */
export async function run() {
  const app = await tempCore();
  const departments: number[] = [];
  for (let d = 0; d < 30; d++) departments.push((await app.must('departments.save', { name: `부서${d + 1}` })).id);
  const staff: number[] = [];
  for (let s = 0; s < 120; s++) staff.push((await app.must('staff.save', { name: `직원${s + 1}`, departmentId: departments[s % 30] })).id);
  await app.signInAs(staff[0]);
  const card = await app.must('pledge.saveCard', { ...cardFields(departments[0]), termFrom: '2018-07', termTo: '2026-06' });
  const method = (await app.must('interpretation.methods.list', {}))[0].id;
  const now = new Date().toISOString();
  const counts: Record<string, number> = {};
  const days = datesBetween(FROM, TO).filter(isWorkingDay);

  const start = performance.now();
  // Every area's tables written straight, in one transaction, through the builder so the bench runs on
  // either engine; the areas' own table types are not needed for rows this plain.
  await writeTransaction(app.db as unknown as Kysely<any>, async (trx) => {
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      counts[table] = (counts[table] ?? 0) + rows.length;
      // In slices: either engine limits the parameters of one statement.
      for (let at = 0; at < rows.length; at += 500) await trx.insertInto(table).values(rows.slice(at, at + 500)).execute();
    };
    const insertOne = async (table: string, row: Record<string, unknown>): Promise<number> => {
      counts[table] = (counts[table] ?? 0) + 1;
      return (await trx.insertInto(table).values(row).returning('id').executeTakeFirstOrThrow()).id as number;
    };
    const stamp = { created_at: now, updated_at: now };

    const wheelchairs: number[] = [];
    for (let i = 0; i < 12; i++) wheelchairs.push(await insertOne('wheelchair', { asset_number: `W-${i + 1}`, kind: 'manual', ...stamp }));
    const helpers: number[] = [];
    for (let i = 0; i < 6; i++) helpers.push(await insertOne('guide_helper', { name: `도우미${i + 1}`, kind: 'seniorJob', active_from: FROM, ...stamp }));
    const loans: Record<string, unknown>[] = [];
    const requests: Record<string, unknown>[] = [];
    const shifts: Record<string, unknown>[] = [];
    for (const day of days) {
      for (let i = between(3, 12); i > 0; i--) {
        loans.push({
          wheelchair_id: wheelchairs[i % 12],
          borrower_no: between(1, 5000),
          purpose: 'in_hall',
          started_at: `${day} 10:0${i % 10}`,
          due_date: day,
          lent_by: staff[0],
          returned_at: `${day} 16:00`,
          return_condition: 'good',
          received_by: staff[0],
          ...stamp,
        });
      }
      for (let i = between(2, 8); i > 0; i--) {
        requests.push({ requested_on: day, language: LANGUAGES[between(0, LANGUAGES.length - 1)], method_id: method, task: '전입신고', status: '완료', outcome: '처리 완료', staff_id: staff[0], ...stamp });
      }
      // The helper is drawn before the status, as the data set has always been made.
      const shift = (slot: string, from: string, to: string, otherwise: string) => {
        const helper_id = helpers[between(0, 5)];
        return { date: day, slot, start_time: from, end_time: to, post: '1층 안내데스크', helper_id, status: random() < 0.95 ? 'done' : otherwise, ...stamp };
      };
      shifts.push(shift('morning', '09:00', '13:00', 'absent'));
      shifts.push(shift('afternoon', '13:00', '18:00', 'planned'));
    }
    await insert('loan', loans);
    await insert('interpretation_request', requests);
    await insert('guide_shift', shifts);

    const headcounts: Record<string, unknown>[] = [];
    const healing: Record<string, unknown>[] = [];
    const nominations: Record<string, unknown>[] = [];
    const picks: Record<string, unknown>[] = [];
    const months: Record<string, unknown>[] = [];
    const communications: Record<string, unknown>[] = [];
    for (let y = 2015; y <= 2024; y++) {
      for (const [kind, firstDay] of [['kindness', `${y}-03-18`], ['complaintDrill', `${y}-11-04`]] as const) {
        const t = await insertOne('training', { title: `${y}년 ${kind}`, kind, attendance_mode: 'headCount', ...stamp });
        for (let s = 0; s < 3; s++) {
          const id = await insertOne('training_session', { training_id: t, date: addDays(firstDay, s), place: '구청 대강당' });
          for (let d = s * 10; d < s * 10 + 10; d++) headcounts.push({ session_id: id, department_id: departments[d], head_count: between(3, 12) });
        }
      }
      for (const date of [`${y}-05-17`, `${y}-10-30`]) healing.push({ date, place: date.endsWith('17') ? '태종대' : '흰여울문화마을', activity: '숲길 걷기', participants: between(15, 30), ...stamp });
      for (let m = 1; m <= 12; m++) {
        const mm = `${y}-${String(m).padStart(2, '0')}`;
        for (let p = 0; p < 2; p++) nominations.push({ month: mm, staff_id: staff[(m * 2 + p + y) % 120], source: 'resident_homepage', evidence: '주민 칭찬', received_on: `${mm}-05`, entered_by: staff[0], ...stamp });
        for (let p = 0; p < 2; p++) {
          const who = (m * 2 + p + y) % 120;
          picks.push({ month: mm, staff_id: staff[who], department_id: departments[(m * 2 + p + y) % 30], department_name: `부서${((m * 2 + p + y) % 30) + 1}`, reason: '주민 칭찬', ...stamp });
        }
        months.push({ month: mm, confirmed: 1, confirmed_at: now, updated_at: now });
      }
      for (let c = 0; c < 40; c++) {
        const category = ['briefing', 'survey', 'advisory', 'press', 'other'][c % 5];
        communications.push({ card_id: card.id, date: `${y}-${String((c % 12) + 1).padStart(2, '0')}-1${c % 10}`, category, title: `소통 ${y}-${c}`, outlet: category === 'press' ? '부산일보' : null, ...stamp });
      }
    }
    await insert('training_headcount', headcounts);
    await insert('healing_program', healing);
    await insert('kindness_nomination', nominations);
    await insert('kindness_pick', picks);
    await insert('kindness_month', months);
    await insert('pledge_communication', communications);
  });
  console.log(`10년치 기록 생성 ${(performance.now() - start).toFixed(0)} ms: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);

  const period = { cardId: card.id, from: FROM, to: TO, asOf: '2025-01-10' };
  // Fifteen turns each: a few milliseconds a turn, and five left the median to the first, cold ones.
  const section = await timed('추진실적 10년 (2015~2024) 생성', () => app.must('pledge.section', period), {
    repeats: 15,
    plain: () => plainAggregates(app.db, card.id, FROM, TO),
    plainLabel: 'plain GROUP BY',
  });
  await timed('추진실적 2024년 상반기 생성', () => app.must('pledge.section', { ...period, from: '2024-01-01', to: '2024-06-30' }));
  await timed('DOCX 10년', () => app.must('pledge.exportDocx', period), 3);
  await timed('XLSX 10년', () => app.must('pledge.exportXlsx', period), 3);
  console.log(`줄 ${section.lines.length}개, 예: ${section.lines.find((l) => l.key === 'services:wheelchair')?.text.slice(0, 80)}…`);
  await app.close();
}

/**
 * The card's figures the plainest way: one GROUP BY per area over the same rows and period, by year,
 * each computing what the card counts (loans and distinct borrowers; served interpretation cases by
 * language; guide days and person-days, a replaced shift counting its replacement; trainings with
 * departments, people and their first and last days; healing programs; picks of confirmed months and
 * the last confirmed month; 구민소통 by kind).
 */
async function plainAggregates(db: Db, cardId: number, from: string, to: string) {
  const queries = [
    sql`SELECT substr(started_at, 1, 4) AS y, count(*) AS n, count(DISTINCT borrower_no) AS people FROM loan
        WHERE started_at >= ${from} AND started_at <= ${`${to} 23:59`} GROUP BY substr(started_at, 1, 4)`,
    sql`SELECT substr(requested_on, 1, 4) AS y, language, count(*) AS n FROM interpretation_request
        WHERE requested_on BETWEEN ${from} AND ${to} AND status = '완료' AND outcome IN ('처리 완료', '다른 기관 안내')
        GROUP BY substr(requested_on, 1, 4), language`,
    sql`SELECT substr(date, 1, 4) AS y, count(DISTINCT date) AS days, count(*) AS person_days FROM
        (SELECT DISTINCT date, coalesce(replacement_helper_id, helper_id) AS person FROM guide_shift
         WHERE date BETWEEN ${from} AND ${to} AND status IN ('done', 'replaced')) AS d GROUP BY substr(date, 1, 4)`,
    sql`SELECT substr(s.date, 1, 4) AS y, t.kind, count(DISTINCT t.id) AS n, count(DISTINCT h.department_id) AS departments, sum(h.head_count) AS people,
        min(s.date) AS first_day, max(s.date) AS last_day
        FROM training t JOIN training_session s ON s.training_id = t.id JOIN training_headcount h ON h.session_id = s.id
        WHERE s.date BETWEEN ${from} AND ${to} GROUP BY substr(s.date, 1, 4), t.kind`,
    sql`SELECT id, date, place, participants FROM healing_program WHERE date BETWEEN ${from} AND ${to} ORDER BY date, id`,
    sql`SELECT substr(m.month, 1, 4) AS y, count(p.id) AS n, max(m.month) AS last_month FROM kindness_month m LEFT JOIN kindness_pick p ON p.month = m.month
        WHERE m.confirmed = 1 AND m.month BETWEEN ${from.slice(0, 7)} AND ${to.slice(0, 7)} GROUP BY substr(m.month, 1, 4)`,
    sql`SELECT category, count(*) AS n FROM pledge_communication WHERE card_id = ${cardId} AND date BETWEEN ${from} AND ${to} GROUP BY category`,
  ];
  for (const q of queries) await q.execute(db);
}
