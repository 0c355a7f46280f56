import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guideFiguresByYear } from '../../electron/guides/guideFigures';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
let kim: number;
let park: number;

beforeEach(async () => {
  app = await tempCore();
  kim = (await app.must('guides.saveHelper', { name: '김순자', kind: 'seniorJob', activeFrom: '2025-01-01', quotaHoursPerDay: 3, quotaDaysPerMonth: 10 })).id;
  park = (await app.must('guides.saveHelper', { name: '박영수', kind: 'volunteer', activeFrom: '2025-01-01' })).id;
});
afterEach(() => app.close());

/** Kim plans every Tuesday and Thursday morning of March 2025 (8 shifts); Park the Monday afternoons (4, 3.3. being a holiday). */
async function planMarch() {
  await app.must('guides.applyPattern', { from: '2025-03-01', until: '2025-03-31', weekdays: [2, 4], slots: ['morning'], post: '1층 안내데스크', helperId: kim });
  await app.must('guides.applyPattern', { from: '2025-03-01', until: '2025-03-31', weekdays: [1], slots: ['afternoon'], post: '1층 안내데스크', helperId: park });
  return app.must('guides.shifts', { from: '2025-03-01', to: '2025-03-31' });
}

const byName = async (month: string) => Object.fromEntries((await app.must('guides.monthSummary', { month })).totals.map((t) => [t.name, t]));

describe('a month of guide shifts, counted', () => {
  it('shows each helper’s planned and done hours and days against the quota', async () => {
    const shifts = await planMarch();
    const kims = shifts.filter((s) => s.helperId === kim);
    await app.must('guides.setShiftStatus', { id: kims[0].id, status: 'done' });
    await app.must('guides.setShiftStatus', { id: kims[1].id, status: 'done' });
    await app.must('guides.setShiftStatus', { id: kims[2].id, status: 'absent' });
    await app.must('guides.setShiftStatus', { id: kims[3].id, status: 'replaced', replacementHelperId: park });
    const totals = await byName('2025-03');
    expect(totals['김순자']).toMatchObject({ quotaHoursPerDay: 3, quotaDaysPerMonth: 10, plannedDays: 8, plannedMinutes: 8 * 180, doneDays: 2, doneMinutes: 360, absences: 1 });
    // Park stood in for Kim once: that morning is his, on top of his own four planned afternoons.
    expect(totals['박영수']).toMatchObject({ quotaDaysPerMonth: null, plannedDays: 4, plannedMinutes: 4 * 300, doneDays: 1, doneMinutes: 180, absences: 0 });
  });

  it('counts a day once when a helper stands two slots of it', async () => {
    const a = await app.must('guides.saveShift', { date: '2025-03-04', slot: 'morning', post: '1층 안내데스크', helperId: kim });
    const b = await app.must('guides.saveShift', { date: '2025-03-04', slot: 'afternoon', post: '1층 안내데스크', helperId: kim });
    await app.must('guides.setShiftStatus', { id: a.id, status: 'done' });
    await app.must('guides.setShiftStatus', { id: b.id, status: 'done' });
    expect((await byName('2025-03'))['김순자']).toMatchObject({ doneDays: 1, doneMinutes: 480 });
  });

  it('flags the working days nobody covers, and the flag goes once a shift covers the day', async () => {
    await planMarch();
    const summary = await app.must('guides.monthSummary', { month: '2025-03' });
    // Mon, Tue and Thu are planned; Wednesdays and Fridays are not.
    expect(summary.uncoveredDays).toEqual(['2025-03-05', '2025-03-07', '2025-03-12', '2025-03-14', '2025-03-19', '2025-03-21', '2025-03-26', '2025-03-28']);
    await app.must('guides.saveShift', { date: '2025-03-05', slot: 'morning', post: '1층 안내데스크', helperId: park });
    expect((await app.must('guides.monthSummary', { month: '2025-03' })).uncoveredDays).not.toContain('2025-03-05');
  });

  it('treats a missed shift as no cover', async () => {
    const only = await app.must('guides.saveShift', { date: '2025-03-05', slot: 'morning', post: '1층 안내데스크', helperId: kim });
    await app.must('guides.setShiftStatus', { id: only.id, status: 'absent' });
    expect((await app.must('guides.monthSummary', { month: '2025-03' })).uncoveredDays).toContain('2025-03-05');
  });

  it('gives the report its days and 연인원: done or replaced, the replacing helper counted', async () => {
    const shifts = await planMarch();
    const kims = shifts.filter((s) => s.helperId === kim);
    const parks = shifts.filter((s) => s.helperId === park);
    await app.must('guides.setShiftStatus', { id: kims[0].id, status: 'done' }); // 3.4.
    await app.must('guides.setShiftStatus', { id: kims[1].id, status: 'replaced', replacementHelperId: park }); // 3.6.
    await app.must('guides.setShiftStatus', { id: kims[2].id, status: 'absent' }); // 3.11.
    await app.must('guides.setShiftStatus', { id: parks[0].id, status: 'done' }); // 3.10.
    await app.must('guides.setShiftStatus', { id: parks[1].id, status: 'done' }); // 3.17.
    const extra = await app.must('guides.saveShift', { date: '2025-03-17', slot: 'morning', post: '현관', helperId: kim });
    await app.must('guides.setShiftStatus', { id: extra.id, status: 'done' }); // 3.17. two helpers, one day
    expect((await guideFiguresByYear(app.db, { from: '2025-01-01', to: '2025-12-31' })).get(2025)).toEqual({ days: 4, personDays: 5 });
    expect((await guideFiguresByYear(app.db, { from: '2025-03-05', to: '2025-03-10' })).get(2025)).toEqual({ days: 2, personDays: 2 });
    expect((await guideFiguresByYear(app.db, { from: '2024-01-01', to: '2024-12-31' })).get(2024)).toEqual({ days: 0, personDays: 0 });
  });

  it('exports the month’s hours and days per helper, and every shift, to XLSX', async () => {
    await app.must('settings.save', { officeName: '○○구청' });
    const shifts = await planMarch();
    await app.must('guides.setShiftStatus', { id: shifts[0].id, status: 'done' });
    const file = await app.must('guides.exportMonth', { month: '2025-03' });
    expect(file.fileName).toBe('안내도우미_근무실적_2025-03.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const totals = book.getWorksheet('도우미별 실적')!;
    expect(totals.getRow(1).getCell(1).value).toBe('안내 도우미 근무 실적 2025. 3월');
    expect(totals.getRow(2).getCell(1).value).toBe('○○구청 · 2025.03.01.~2025.03.31.');
    expect(totals.getRow(3).getCell(1).value).toBe('근무 시간은 점심시간(12:00–13:00)을 빼고 셉니다: 오전 09:00–12:00 = 3시간, 오후 13:00–18:00 = 5시간, 종일 09:00–18:00 = 8시간.');
    expect(totals.getRow(5).values).toEqual([, '이름', '구분', '근무 일수', '근무 시간', '계획 일수', '계획 시간', '결근', '월 기준']);
    expect(totals.getRow(6).values).toEqual([, '김순자', '공공일자리 참여자(노인일자리)', 1, 3, 8, 24, 0, '10일 × 3시간']);
    // A helper without a monthly quota: the cell is left empty.
    expect(totals.getRow(7).values).toEqual([, '박영수', '자원봉사자', 0, 0, 4, 20, 0]);
    const detail = book.getWorksheet('근무 내역')!;
    expect(detail.rowCount).toBe(5 + 12);
    expect(detail.getRow(6).values).toEqual([, '2025.03.04.', '화', '오전 09:00–12:00', '1층 안내데스크', '김순자', '완료', undefined, 3]);
  });
});
