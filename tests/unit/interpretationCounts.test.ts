import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../shared/contract/interpretation';
import { interpretationFiguresByYear } from '../../electron/interpretation/interpretationFigures';
import { downloadedBook } from '../helpers/downloads';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
let kim: number;

const log = (date: string, language: RequestInput['language'], methodId: number, outcome: RequestInput['outcome'], over: Partial<RequestInput> = {}) =>
  app.must('interpretation.requests.save', { date, language, methodId, task: '전입신고', outcome, ...over });

/** A winter at the desk, across a year end, with the cases the report must leave out. */
beforeEach(async () => {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const hong = await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
  kim = (await app.must('staff.save', { name: '김영희', departmentId: dept.id })).id;
  await app.signInAs(hong.id);

  await log('2023-12-28', 'vi', 1, '처리 완료', { people: 2 });
  await log('2023-12-30', 'ksl', 5, '다른 기관 안내');
  await log('2024-01-02', 'vi', 2, '처리 완료', { people: 3, task: '여권 재발급' });
  await log('2024-01-15', 'zh', 2, '처리 완료', { staffId: kim });
  await log('2024-01-20', 'en', 1, '미처리');
  const booking = await log('2024-01-25', 'ksl', 5, null, { status: '예약' });
  await app.must('interpretation.requests.cancel', { id: booking.id });
  await log('2024-02-10', 'en', 6, '처리 완료');
  await log('2024-02-10', 'ksl', 4, '처리 완료', { people: 2 });
  await log('2024-02-11', 'other', 3, '다른 기관 안내', { languageNote: '아랍어' });
  await log('2024-02-20', 'vi', 1, '처리 완료');
});
afterEach(() => app?.close());

const line = (label: string, cases: number, people: number) => expect.objectContaining({ label, cases, people });

describe('monthly and yearly counts', () => {
  it('count served requests per month and per year, by kind and language, in 건 and 명', async () => {
    const { monthly, yearly } = await app.must('interpretation.figures', { from: '2023-12-01', to: '2024-03-31' });
    expect(monthly.map((m) => [m.period, m.cases, m.people, m.foreign.cases, m.sign.cases])).toEqual([
      ['2023-12', 2, 3, 1, 1],
      ['2024-01', 2, 4, 2, 0],
      ['2024-02', 4, 5, 3, 1],
      ['2024-03', 0, 0, 0, 0],
    ]);
    // Equal counts keep the fixed order of the language list.
    expect(monthly[1].byLanguage).toEqual([line('중국어', 1, 1), line('베트남어', 1, 3)]);
    expect(yearly.map((y) => [y.period, y.cases, y.people])).toEqual([
      ['2023', 2, 3],
      ['2024', 6, 9],
    ]);
    expect(yearly[1].foreign).toEqual({ cases: 5, people: 7 });
    expect(yearly[1].sign).toEqual({ cases: 1, people: 2 });
    expect(yearly[1].byLanguage).toEqual([line('베트남어', 2, 4), line('영어', 1, 1), line('중국어', 1, 1), line('기타', 1, 1), line('한국수어', 1, 2)]);
    expect(yearly[1].byMethod[0]).toEqual(line('1345 외국인종합안내센터 3자 통화', 2, 4));
  });

  it('give the report its 외국어 and 수어 figures, without 미처리, 취소 or open bookings', async () => {
    expect((await interpretationFiguresByYear(app.db, { from: '2024-01-01', to: '2024-12-31' })).get(2024)).toEqual({
      foreign: {
        total: 5,
        byLanguage: [
          { language: 'vi', label: '베트남어', count: 2 },
          { language: 'en', label: '영어', count: 1 },
          { language: 'zh', label: '중국어', count: 1 },
          { language: 'other', label: '기타', count: 1 },
        ],
      },
      sign: { total: 1 },
    });
    expect((await interpretationFiguresByYear(app.db, { from: '2024-01-01', to: '2024-01-31' })).get(2024)).toEqual({
      foreign: { total: 2, byLanguage: [expect.objectContaining({ language: 'zh' }), expect.objectContaining({ language: 'vi' })] },
      sign: { total: 0 },
    });
  });

  it('agree with the report when a booking is served: it counts on its day, not before', async () => {
    const booking = await log('2024-03-05', 'ksl', 5, null, { status: '예약' });
    expect((await interpretationFiguresByYear(app.db, { from: '2024-03-01', to: '2024-03-31' })).get(2024)!.sign.total).toBe(0);
    await app.must('interpretation.requests.save', { date: '2024-03-05', language: 'ksl', methodId: 5, task: '인감', outcome: '처리 완료', id: booking.id });
    expect((await interpretationFiguresByYear(app.db, { from: '2024-03-01', to: '2024-03-31' })).get(2024)!.sign.total).toBe(1);
    expect((await app.must('interpretation.figures', { from: '2024-03-01', to: '2024-03-31' })).monthly[0].sign.cases).toBe(1);
  });
});

describe('the request list', () => {
  const period = { from: '2024-01-01', to: '2024-02-29' };

  it('lists a period newest first and counts what the report counts, saying what it left out', async () => {
    const { rows, summary, truncated } = await app.must('interpretation.requests.list', period);
    expect(truncated).toBe(false);
    expect(rows.map((r) => r.date)).toEqual(['2024-02-20', '2024-02-11', '2024-02-10', '2024-02-10', '2024-01-25', '2024-01-20', '2024-01-15', '2024-01-02']);
    expect(summary).toMatchObject({ listed: 8, served: { cases: 6, people: 9 }, notCounted: { unresolved: 1, booked: 0, cancelled: 1 } });
    expect(summary.byLanguage[0]).toEqual(line('베트남어', 2, 4));
    expect(summary.byMethod.map((m) => [m.label, m.cases, m.people])).toEqual([
      ['1345 외국인종합안내센터 3자 통화', 2, 4],
      ['민원통역관(직원)', 1, 1],
      ['BBB Korea 자원봉사 통화', 1, 1],
      ['107 손말이음센터/110 영상 수어 중계', 1, 2],
      ['통역기기·앱', 1, 1],
    ]);
  });

  it('filters by language, way, outcome, staff and task words', async () => {
    const dates = async (f: object) => (await app.must('interpretation.requests.list', { ...period, ...f })).rows.map((r) => r.date);
    expect(await dates({ language: 'vi' })).toEqual(['2024-02-20', '2024-01-02']);
    expect(await dates({ methodId: 2 })).toEqual(['2024-01-15', '2024-01-02']);
    expect(await dates({ result: '미처리' })).toEqual(['2024-01-20']);
    expect(await dates({ result: '취소' })).toEqual(['2024-01-25']);
    expect(await dates({ staffId: kim })).toEqual(['2024-01-15']);
    expect(await dates({ task: '여권' })).toEqual(['2024-01-02']);
    const sign = await app.must('interpretation.requests.list', { ...period, language: 'ksl' });
    expect(sign.summary).toMatchObject({ listed: 2, served: { cases: 1, people: 2 }, notCounted: { cancelled: 1 } });
  });

  it('refuses a period that ends before it starts', async () => {
    expect(await app.call('interpretation.requests.list', { from: '2024-03-01', to: '2024-02-01' })).toMatchObject({
      ok: false,
      error: { field: 'to', message: '시작일이 종료일보다 늦습니다.' },
    });
  });

  it('exports the list to XLSX with the same columns, and a sheet of counts', async () => {
    const ticket = await app.must('interpretation.requests.export', { ...period, language: 'vi' });
    expect(ticket.fileName).toBe('통역지원_2024-01-01_2024-02-29.xlsx');
    const book = await downloadedBook(app.core, ticket);
    const sheet = book.getWorksheet('통역지원 목록')!;
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['외국어 및 수어 통역지원 목록']);
    expect(values(2)).toEqual(['(2024.01.01.~2024.02.29.)']);
    expect(values(3)).toEqual(['조건 - 언어: 베트남어']);
    expect(values(5)).toEqual(['날짜', '시각', '언어', '구분', '지원 방법', '민원 업무', '인원(명)', '소요(분)', '상태', '결과', '처리 직원', '특약관', '국적', '메모']);
    // A request without a time has an empty 시각 cell.
    expect(values(6).slice(0, 11)).toEqual(['2024-02-20', undefined, '베트남어', '외국어 통역', '민원통역관(직원)', '전입신고', 1, undefined, '완료', '처리 완료', '홍길동']);
    expect(values(7)[5]).toBe('여권 재발급');
    expect(sheet.rowCount).toBe(7);

    const counts = book.getWorksheet('집계')!;
    const countRows = [...Array(counts.rowCount).keys()].map((i) => (counts.getRow(i + 1).values as unknown[]).slice(1));
    expect(countRows).toContainEqual(['합계', '실적(처리 완료·다른 기관 안내)', 2, 4]);
    expect(countRows).toContainEqual(['언어별', '베트남어', 2, 4]);
  });
});
