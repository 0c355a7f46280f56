import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guideFiguresByYear } from '../../electron/guides/guideFigures';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
beforeEach(async () => {
  app = await tempCore();
});
afterEach(() => app.close());

const helper = (name: string) =>
  app.must('guides.saveHelper', { name, contact: '', kind: 'volunteer', activeFrom: '2024-01-01', quotaHoursPerDay: 3, quotaDaysPerMonth: null });
const shift = (helperId: number, date: string) =>
  app.must('guides.saveShift', { date, slot: 'morning', post: '1층 안내데스크', helperId, note: '', onNonWorkingDay: false });

describe("the dashboard's monthly 안내 도우미 figures", () => {
  it('counts each month as the pledge card counts its year, so the chart and the card agree', async () => {
    const kim = (await helper('김순자')).id;
    const park = (await helper('박영수')).id;
    await app.must('guides.setShiftStatus', { id: (await shift(kim, '2024-12-30')).id, status: 'done' });
    await app.must('guides.setShiftStatus', { id: (await shift(kim, '2025-01-02')).id, status: 'done' });
    await app.must('guides.setShiftStatus', { id: (await shift(park, '2025-01-02')).id, status: 'done' });
    await app.must('guides.setShiftStatus', { id: (await shift(kim, '2025-01-03')).id, status: 'replaced', replacementHelperId: park });
    await app.must('guides.setShiftStatus', { id: (await shift(kim, '2025-01-06')).id, status: 'absent' });
    await shift(kim, '2025-02-03'); // planned only: nobody has stood there yet

    const months = await app.must('guides.monthlyFigures', { from: '2024-12', to: '2025-03' });
    expect(months).toEqual([
      { month: '2024-12', days: 1, personDays: 1 },
      { month: '2025-01', days: 2, personDays: 3 },
      { month: '2025-02', days: 0, personDays: 0 },
      { month: '2025-03', days: 0, personDays: 0 },
    ]);
    const card = (await guideFiguresByYear(app.db, { from: '2025-01-01', to: '2025-03-31' })).get(2025);
    const summed = months.filter((m) => m.month >= '2025-01').reduce((t, m) => ({ days: t.days + m.days, personDays: t.personDays + m.personDays }), { days: 0, personDays: 0 });
    expect(summed).toEqual(card);
  });

  it('refuses a span the wrong way round or longer than three years, in Korean', async () => {
    expect(await app.call('guides.monthlyFigures', { from: '2025-03', to: '2025-01' })).toMatchObject({ ok: false, error: { field: 'to', message: '끝 달이 시작 달보다 빠릅니다.' } });
    expect(await app.call('guides.monthlyFigures', { from: '2022-01', to: '2025-01' })).toMatchObject({ ok: false, error: { field: 'to', message: '36개월까지 조회할 수 있습니다.' } });
  });
});
