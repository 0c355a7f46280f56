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
 * Ten years of a busy hall written straight into every area's tables, then the 추진실적 for the
 * whole ten years generated as the page asks for it (and exported), each timed.
 */
export async function run() {
  const app = await tempCore();
  const departments: number[] = [];
  for (let d = 0; d < 30; d++) departments.push((await app.must('departments.save', { name: `부서${d + 1}` })).id);
  const staff: number[] = [];
  for (let s = 0; s < 120; s++) staff.push((await app.must('staff.save', { name: `직원${s + 1}`, departmentId: departments[s % 30] })).id);
  await app.must('session.switch', { staffId: staff[0] });
  const card = await app.must('pledge.saveCard', { ...cardFields(departments[0]), termFrom: '2018-07', termTo: '2026-06' });
  const method = (await app.must('interpretation.methods.list', {}))[0].id;
  const now = new Date().toISOString();
  const counts: Record<string, number> = {};
  const days = datesBetween(FROM, TO).filter(isWorkingDay);

  const start = performance.now();
  app.db.transaction(() => {
    const run = (sql: string) => {
      const stmt = app.sqlite!.prepare(sql);
      const table = sql.match(/INSERT INTO (\w+)/)![1];
      return (...args: unknown[]) => {
        counts[table] = (counts[table] ?? 0) + 1;
        return Number(stmt.run(...args).lastInsertRowid);
      };
    };
    const wheelchair = run(`INSERT INTO wheelchair (asset_number, kind, created_at, updated_at) VALUES (?, 'manual', ?, ?)`);
    const wheelchairs = Array.from({ length: 12 }, (_, i) => wheelchair(`W-${i + 1}`, now, now));
    const loan = run(`INSERT INTO loan (wheelchair_id, borrower_no, purpose, started_at, due_date, lent_by, returned_at, return_condition, received_by, created_at, updated_at)
      VALUES (?, ?, 'in_hall', ?, ?, ?, ?, 'good', ?, ?, ?)`);
    const request = run(`INSERT INTO interpretation_request (requested_on, language, method_id, task, status, outcome, staff_id, created_at, updated_at)
      VALUES (?, ?, ?, '전입신고', '완료', '처리 완료', ?, ?, ?)`);
    const helper = run(`INSERT INTO guide_helper (name, kind, active_from, created_at, updated_at) VALUES (?, 'seniorJob', ?, ?, ?)`);
    const helpers = Array.from({ length: 6 }, (_, i) => helper(`도우미${i + 1}`, FROM, now, now));
    const shift = run(`INSERT INTO guide_shift (date, slot, start_time, end_time, post, helper_id, status, created_at, updated_at)
      VALUES (?, ?, ?, ?, '1층 안내데스크', ?, ?, ?, ?)`);
    for (const day of days) {
      for (let i = between(3, 12); i > 0; i--) loan(wheelchairs[i % 12], between(1, 5000), `${day} 10:0${i % 10}`, day, staff[0], `${day} 16:00`, staff[0], now, now);
      for (let i = between(2, 8); i > 0; i--) request(day, LANGUAGES[between(0, LANGUAGES.length - 1)], method, staff[0], now, now);
      shift(day, 'morning', '09:00', '13:00', helpers[between(0, 5)], random() < 0.95 ? 'done' : 'absent', now, now);
      shift(day, 'afternoon', '13:00', '18:00', helpers[between(0, 5)], random() < 0.95 ? 'done' : 'planned', now, now);
    }

    const training = run(`INSERT INTO training (title, kind, attendance_mode, created_at, updated_at) VALUES (?, ?, 'headCount', ?, ?)`);
    const session = run(`INSERT INTO training_session (training_id, date, place) VALUES (?, ?, '구청 대강당')`);
    const headcount = run(`INSERT INTO training_headcount (session_id, department_id, head_count) VALUES (?, ?, ?)`);
    const healing = run(`INSERT INTO healing_program (date, place, activity, participants, created_at, updated_at) VALUES (?, ?, '숲길 걷기', ?, ?, ?)`);
    const nomination = run(`INSERT INTO kindness_nomination (month, staff_id, source, evidence, received_on, entered_by, created_at, updated_at)
      VALUES (?, ?, 'resident_homepage', '주민 칭찬', ?, ?, ?, ?)`);
    const pick = run(`INSERT INTO kindness_pick (month, staff_id, department_id, department_name, reason, created_at, updated_at) VALUES (?, ?, ?, ?, '주민 칭찬', ?, ?)`);
    const month = run(`INSERT INTO kindness_month (month, confirmed, confirmed_at, updated_at) VALUES (?, 1, ?, ?)`);
    const communication = run(`INSERT INTO pledge_communication (card_id, date, category, title, outlet, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (let y = 2015; y <= 2024; y++) {
      for (const [kind, firstDay] of [['kindness', `${y}-03-18`], ['complaintDrill', `${y}-11-04`]] as const) {
        const t = training(`${y}년 ${kind}`, kind, now, now);
        for (let s = 0; s < 3; s++) {
          const id = session(t, addDays(firstDay, s));
          for (let d = s * 10; d < s * 10 + 10; d++) headcount(id, departments[d], between(3, 12));
        }
      }
      for (const date of [`${y}-05-17`, `${y}-10-30`]) healing(date, date.endsWith('17') ? '태종대' : '흰여울문화마을', between(15, 30), now, now);
      for (let m = 1; m <= 12; m++) {
        const mm = `${y}-${String(m).padStart(2, '0')}`;
        for (let p = 0; p < 2; p++) nomination(mm, staff[(m * 2 + p + y) % 120], `${mm}-05`, staff[0], now, now);
        for (let p = 0; p < 2; p++) pick(mm, staff[(m * 2 + p + y) % 120], departments[(m * 2 + p + y) % 30], `부서${((m * 2 + p + y) % 30) + 1}`, now, now);
        month(mm, now, now);
      }
      for (let c = 0; c < 40; c++) {
        const category = ['briefing', 'survey', 'advisory', 'press', 'other'][c % 5];
        communication(card.id, `${y}-${String((c % 12) + 1).padStart(2, '0')}-1${c % 10}`, category, `소통 ${y}-${c}`, category === 'press' ? '부산일보' : null, now, now);
      }
    }
  })();
  console.log(`10년치 기록 생성 ${(performance.now() - start).toFixed(0)} ms: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);

  const period = { cardId: card.id, from: FROM, to: TO, asOf: '2025-01-10' };
  const section = await timed('추진실적 10년 (2015~2024) 생성', () => app.must('pledge.section', period));
  await timed('추진실적 2024년 상반기 생성', () => app.must('pledge.section', { ...period, from: '2024-01-01', to: '2024-06-30' }));
  await timed('DOCX 10년', () => app.must('pledge.exportDocx', period), 3);
  await timed('XLSX 10년', () => app.must('pledge.exportXlsx', period), 3);
  console.log(`줄 ${section.lines.length}개, 예: ${section.lines.find((l) => l.key === 'services:wheelchair')?.text.slice(0, 80)}…`);
  await app.close();
}
