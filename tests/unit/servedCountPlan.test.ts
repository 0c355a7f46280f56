import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretationFiguresByYear } from '../../electron/interpretation/interpretationFigures';
import { periodCounts } from '../../electron/interpretation/periodCounts';
import { plansOf } from '../helpers/queryPlans';
import { clerkCore } from '../helpers/clerkCore';
import type { TempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';

let app: TempCore;
beforeAll(async () => {
  app = await clerkCore();
  const methodId = (await app.must('interpretation.methods.list', {}))[0].id;
  const request = (date: string, language: 'vi' | 'ksl' | 'en', outcome: '처리 완료' | '다른 기관 안내' | '미처리') =>
    app.must('interpretation.requests.save', { date, language, methodId, task: '여권', outcome });
  await request('2023-12-29', 'vi', '처리 완료');
  await request('2024-01-03', 'vi', '다른 기관 안내');
  await request('2024-01-03', 'ksl', '처리 완료');
  await request('2024-01-04', 'en', '미처리');
});
afterAll(() => app?.close());

describe('the count of served interpretation requests', () => {
  it('counts every year of a range in one go, the unserved left out', async () => {
    const years = await interpretationFiguresByYear(app.db, { from: '2023-01-01', to: '2024-12-31' });
    expect(years.get(2023)).toEqual({ foreign: { total: 1, byLanguage: [{ language: 'vi', label: '베트남어', count: 1 }] }, sign: { total: 0 } });
    expect(years.get(2024)).toEqual({ foreign: { total: 1, byLanguage: [{ language: 'vi', label: '베트남어', count: 1 }] }, sign: { total: 1 } });
  });

  it.runIf(testEngine() === 'sqlite')("reads the card's counts and the 통역 집계 from the index of served requests alone", async () => {
    const range = { from: '2023-01-01', to: '2024-12-31' };
    const [card] = await plansOf(app.db, (db) => interpretationFiguresByYear(db, range));
    expect(card).toMatch(/USING COVERING INDEX interpretation_request_served/);
    const [screen] = await plansOf(app.db, (db) => periodCounts(db)(range.from, range.to));
    expect(screen).toMatch(/SEARCH r USING COVERING INDEX interpretation_request_served/);
  });
});
