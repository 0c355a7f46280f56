import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kindnessFiguresByYear } from '../../electron/kindness/kindnessFigures';
import { tempCore, type TempCore } from '../helpers/tempCore';

// Each office signs its team lead (and clerks) in with PINs, on the office server a fresh database each:
// more than the default 5 s on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });

let app: TempCore;
afterEach(() => app?.close());

/**
 * An office whose picking rules allow anyone any month (so a year can be filled quickly), and
 * `pickMonth(month, people)` nominating, picking and confirming in one go.
 */
async function office() {
  app = await tempCore();
  const civil = await app.must('departments.save', { name: '민원회계과' });
  const tax = await app.must('departments.save', { name: '세무과' });
  const lead = await app.must('staff.save', { name: '김팀장', departmentId: civil.id, position: '팀장' });
  await app.must('kindness.saveRules', { recentMonths: 0, maxPerDepartment: 0 });
  const hong = await app.must('staff.save', { name: '홍길동', departmentId: civil.id, position: '주무관' });
  const sung = await app.must('staff.save', { name: '성춘향', departmentId: tax.id, position: '주무관' });
  await app.signInAs(lead.id, { role: 'teamLead' });
  const pickMonth = async (month: string, people: { id: number }[], confirm = true) => {
    for (const p of people) {
      await app.must('kindness.saveNomination', { month, staffId: p.id, source: 'resident_visit', evidence: '방문 민원인 칭찬', receivedOn: `${month}-10` });
      await app.must('kindness.pick', { month, staffId: p.id, reason: '방문 민원인 칭찬' });
    }
    if (confirm) await app.must('kindness.confirmMonth', { month });
  };
  return { civil, tax, hong, sung, pickMonth };
}

const monthsOf = (year: number, to = 12) => Array.from({ length: to }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

describe('the yearly line for the report', () => {
  it('reads "2024년 : 14명 / 2025년 6월 현재 : 7명"', async () => {
    const { hong, sung, pickMonth } = await office();
    // 2024: both in Jan and Feb, one a month after that = 14; 2025: both in Jan, one a month to June = 7.
    for (const m of monthsOf(2024)) await pickMonth(m, m <= '2024-02' ? [hong, sung] : [hong]);
    for (const m of monthsOf(2025, 6)) await pickMonth(m, m === '2025-01' ? [hong, sung] : [sung]);
    const line = await app.must('kindness.yearLine', { from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' });
    expect(line.line).toBe('2024년 : 14명 / 2025년 6월 현재 : 7명');
    expect((await kindnessFiguresByYear(app.db, { from: '2025-01-01', to: '2025-06-30' })).get(2025)).toEqual({ picks: 7, lastPickedMonth: '2025-06' });
  });

  it('names the last confirmed month, leaves out months not confirmed, and counts a "선정 없음" month as done', async () => {
    const { hong, sung, pickMonth } = await office();
    await pickMonth('2025-01', [hong]);
    await pickMonth('2025-02', [sung]);
    await pickMonth('2025-03', []); // 선정 없음
    await pickMonth('2025-04', [hong], false); // picked, not confirmed yet
    const line = await app.must('kindness.yearLine', { from: '2025-01-01', to: '2025-12-31', asOf: '2025-05-02' });
    expect(line.line).toBe('2025년 3월 현재 : 2명');
    expect(line.years).toEqual([{ year: 2025, label: '2025년 3월 현재', picks: 2, lastPickedMonth: '2025-03', complete: false }]);
  });

  it('writes a year as still running while its December is not confirmed, even after the year ended', async () => {
    const { hong, pickMonth } = await office();
    for (const m of monthsOf(2024, 11)) await pickMonth(m, [hong]);
    expect((await app.must('kindness.yearLine', { from: '2024-01-01', to: '2024-12-31', asOf: '2025-01-06' })).line).toBe('2024년 11월 현재 : 11명');
    await pickMonth('2024-12', []);
    expect((await app.must('kindness.yearLine', { from: '2024-01-01', to: '2024-12-31', asOf: '2025-01-06' })).line).toBe('2024년 : 11명');
  });

  it('reads "0명" for a year with nothing confirmed yet, naming the month the period runs to', async () => {
    await office();
    expect((await app.must('kindness.yearLine', { from: '2025-01-01', to: '2025-12-31', asOf: '2025-02-14' })).line).toBe('2025년 2월 현재 : 0명');
  });

  it('refuses a period that ends before it starts', async () => {
    await office();
    expect(await app.call('kindness.yearLine', { from: '2025-06-30', to: '2025-01-01', asOf: '2025-07-01' })).toMatchObject({
      ok: false,
      error: { message: '시작일이 종료일보다 늦습니다.', field: 'to' },
    });
  });
});

describe('the pick history', () => {
  it('shows each month of the year as picked, "선정 없음" or not yet confirmed, with counts by department and person', async () => {
    const { hong, sung, pickMonth } = await office();
    await pickMonth('2025-01', [hong, sung]);
    await pickMonth('2025-02', []);
    await pickMonth('2025-03', [hong]);
    await pickMonth('2025-04', [sung], false);
    const history = await app.must('kindness.history', { year: 2025 });
    expect(history.months.slice(0, 5).map((m) => [m.month, m.status, m.picks.map((p) => p.name).join(','), m.nominations])).toEqual([
      ['2025-01', 'picked', '홍길동,성춘향', 2],
      ['2025-02', 'none', '', 0],
      ['2025-03', 'picked', '홍길동', 1],
      ['2025-04', 'open', '성춘향', 1],
      ['2025-05', 'open', '', 0],
    ]);
    expect(history.months).toHaveLength(12);
    expect(history.byDepartment).toEqual([
      { departmentName: '민원회계과', picks: 2 },
      { departmentName: '세무과', picks: 1 },
    ]);
    expect(history.byPerson.map((p) => [p.name, p.picks, p.months])).toEqual([
      ['홍길동', 2, ['2025-01', '2025-03']],
      ['성춘향', 1, ['2025-01']],
    ]);
    expect(history.years.find((y) => y.year === 2025)).toEqual({ year: 2025, picks: 3 });
  });
});

describe("the month's announcement list", () => {
  it('lists month, department, position, name, reason and a rule exception, and exports them to XLSX that reads back', async () => {
    const { hong, sung, pickMonth } = await office();
    await app.asAdmin(() => app.must('settings.save', { officeName: '○○구청', departmentName: '민원회계과', teamName: '행정여권팀' }));
    await pickMonth('2025-02', [hong]);
    await app.must('kindness.saveRules', { recentMonths: 6, maxPerDepartment: 0 });
    await pickMonth('2025-03', [sung], false);
    // 홍길동 was picked in February: the team lead picks him again, as an exception, with the reason why.
    await app.must('kindness.saveNomination', { month: '2025-03', staffId: hong.id, source: 'resident_visit', evidence: '방문 민원인 칭찬', receivedOn: '2025-03-10' });
    await app.must('kindness.pick', { month: '2025-03', staffId: hong.id, reason: '2월에 이어 칭찬 최다, 예외로 선정', exception: true });
    expect(await app.call('kindness.exportAnnouncement', { month: '2025-03' })).toMatchObject({
      ok: false,
      error: { message: '2025년 3월은 아직 확정되지 않았습니다. 월간 심사표에서 확정한 뒤 내려받으세요.' },
    });
    await app.must('kindness.confirmMonth', { month: '2025-03' });
    const list = await app.must('kindness.announcement', { month: '2025-03' });
    expect(list).toEqual({
      month: '2025-03',
      title: '2025년 3월 친절 으뜸이 선정 명단',
      confirmed: true,
      rows: [
        {
          month: '2025년 3월',
          departmentName: '민원회계과',
          position: '주무관',
          name: '홍길동',
          reason: '2월에 이어 칭찬 최다, 예외로 선정',
          exception: '최근 6개월 내 선정(2025년 2월)',
        },
        { month: '2025년 3월', departmentName: '세무과', position: '주무관', name: '성춘향', reason: '방문 민원인 칭찬', exception: null },
      ],
    });

    const file = await app.must('kindness.exportAnnouncement', { month: '2025-03' });
    expect(file.fileName).toBe('친절으뜸이_선정명단_2025-03.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('발표 명단')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['2025년 3월 친절 으뜸이 선정 명단'],
      ['○○구청 민원회계과 행정여권팀'],
      ['선정 월', '부서', '직위', '성명', '선정 사유', '비고'],
      ['2025년 3월', '민원회계과', '주무관', '홍길동', '2월에 이어 칭찬 최다, 예외로 선정', '예외(최근 6개월 내 선정(2025년 2월))'],
      ['2025년 3월', '세무과', '주무관', '성춘향', '방문 민원인 칭찬'],
    ]);
  });
});
