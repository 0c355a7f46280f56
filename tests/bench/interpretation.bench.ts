import { sql, type Insertable } from 'kysely';
import type { Database } from '../../electron/db/schema';
import { writeTransaction } from '../../electron/db/writeTransaction';
import { LANGUAGE_CODES, type Outcome, type RequestStatus } from '../../shared/interpretationLanguages';
import { addDays } from '../../shared/korean/holidays';
import { interpretationFigures } from '../../electron/interpretation/interpretationFigures';
import { tempCore } from '../helpers/tempCore';
import { timed } from './timing';

const YEARS = 10;
const FIRST_DAY = '2016-01-01';
const REQUESTS = 55_000;
/** Rows per INSERT: well under both engines' parameter limits. */
const BATCH = 1000;
const TASKS = ['전입신고', '여권', '가족관계증명', '인감', '외국인등록', '주민등록등·초본', '출생신고', '혼인신고', '세금·지방세'];
/** Weighted the way a hall near an industrial area sees them: Vietnamese and Chinese first. */
const LANGUAGE_WEIGHTS = [12, 14, 3, 18, 6, 5, 6, 3, 4, 4, 4, 3, 3, 15];

/** A small deterministic generator, so every run measures the same data. */
const random = (() => {
  let seed = 20240705;
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
})();
const pick = <T>(items: readonly T[], weights?: number[]): T => {
  if (!weights) return items[Math.floor(random() * items.length)];
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
  return items.at(-1)!;
};

/** Ten years of requests written straight to the tables in one transaction, then the channels timed as the screens call them. */
export async function run() {
  const app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const staffIds: number[] = [];
  for (const name of ['홍길동', '김영희', '이철수', '박민수', '최지은', '정다운']) staffIds.push((await app.must('staff.save', { name, departmentId: dept.id })).id);
  await app.signInAs(staffIds[0]);

  const days = YEARS * 365 + 2;
  const start = performance.now();
  const rows: Insertable<Database['interpretation_request']>[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const date = addDays(FIRST_DAY, Math.floor((i / REQUESTS) * days));
    const language = pick(LANGUAGE_CODES, LANGUAGE_WEIGHTS);
    const method = language === 'ksl' ? pick([4, 5]) : pick([1, 2, 3, 6], [5, 3, 1, 2]);
    const roll = random();
    const [status, outcome, booked] = (
      roll < 0.82 ? ['완료', '처리 완료', 0] : roll < 0.9 ? ['완료', '다른 기관 안내', 0] : roll < 0.95 ? ['완료', '미처리', 0] : roll < 0.98 ? ['완료', '처리 완료', 1] : ['취소', null, 1]
    ) as [RequestStatus, Outcome | null, number];
    const time = `${String(9 + Math.floor(random() * 9)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
    const staff = status === '완료' ? pick(staffIds) : null;
    rows.push({
      requested_on: date, requested_time: time, language, method_id: method, task: pick(TASKS), minutes: 5 + Math.floor(random() * 40),
      people: random() < 0.8 ? 1 : 2, status, outcome, booked, staff_id: staff, created_at: 'x', updated_at: 'x',
    });
  }
  // Written in batches of one statement shape, in one transaction, on whichever engine the run is on.
  await writeTransaction(app.db, async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto('interpretation_request').values(rows.slice(i, i + BATCH)).execute();
  });
  await sql`ANALYZE`.execute(app.db);
  console.log(`통역 요청 ${REQUESTS.toLocaleString('ko-KR')}건 (${YEARS}년) 생성: ${(performance.now() - start).toFixed(0)} ms`);

  const year = { from: '2024-01-01', to: '2024-12-31' };
  const yearList = await timed('목록: 2024년 한 해 (행 + 건·명 집계)', () => app.must('interpretation.requests.list', year));
  console.log(`  → ${yearList.rows.length}행, 실적 ${yearList.summary.served.cases}건 ${yearList.summary.served.people}명`);
  const filtered = await timed('검색: 2024년 베트남어·처리 완료·"여권"', () =>
    app.must('interpretation.requests.list', { ...year, language: 'vi', result: '처리 완료', task: '여권' }),
  );
  console.log(`  → ${filtered.rows.length}행`);
  const decade = await timed('검색: 10년 전체에서 한 직원의 "인감"', () =>
    app.must('interpretation.requests.list', { from: FIRST_DAY, to: '2025-12-31', staffId: staffIds[2], task: '인감' }),
  );
  console.log(`  → ${decade.rows.length}행${decade.truncated ? ' (화면 상한까지)' : ''}`);
  const counts = await timed('월별·연도별 집계: 10년 (interpretation.figures)', () => app.must('interpretation.figures', { from: FIRST_DAY, to: '2025-12-31' }));
  console.log(`  → ${counts.monthly.length}개월, ${counts.yearly.length}년`);
  await timed('월별·연도별 집계: 2024년', () => app.must('interpretation.figures', year));
  await timed('보고서 수치: 2024년 (interpretationFigures)', () => interpretationFigures(app.db, year));
  await timed('오늘 현황: 하루 (interpretation.day)', () => app.must('interpretation.day', { date: '2024-07-05' }));
  await timed('예약 달력: 한 달 (interpretation.bookings)', () => app.must('interpretation.bookings', { from: '2024-07-01', to: '2024-07-31' }));
  await timed('XLSX 내보내기: 2024년 전체', () => app.must('interpretation.requests.export', year), 3);
  await app.close();
}
