import { interpretationFiguresByYear } from '../../electron/interpretation/interpretationFigures';
import { fetchDownload } from '../helpers/downloads';
import { tempCore } from '../helpers/tempCore';
import { generateRequests } from './data/requestData';
import { timed } from './timing';
import { settled } from './settled';

const YEARS = 10;
const FIRST_DAY = '2016-01-01';
const REQUESTS = 55_000;

/** Ten years of requests written straight to the tables in one transaction, then the channels timed as the screens call them. */
export async function run() {
  const app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const staffIds: number[] = [];
  for (const name of ['홍길동', '김영희', '이철수', '박민수', '최지은', '정다운']) staffIds.push((await app.must('staff.save', { name, departmentId: dept.id })).id);
  await app.signInAs(staffIds[0]);

  const start = performance.now();
  await generateRequests(app.db, FIRST_DAY, YEARS, REQUESTS, staffIds);
  await settled(app.db);
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
  await timed('보고서 수치: 2024년 (interpretationFiguresByYear)', () => interpretationFiguresByYear(app.db, year));
  await timed('오늘 현황: 하루 (interpretation.day)', () => app.must('interpretation.day', { date: '2024-07-05' }));
  await timed('예약 달력: 한 달 (interpretation.bookings)', () => app.must('interpretation.bookings', { from: '2024-07-01', to: '2024-07-31' }));
  // The address, then the file streamed into its download, as the screen's click and the browser do.
  await timed('XLSX 내보내기: 2024년 전체', async () => fetchDownload(app.core, await app.must('interpretation.requests.export', year)), 3);
  await app.close();
}
