import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideFiguresByYear } from '../../electron/guides/guideFigures';
import { interpretationFiguresByYear } from '../../electron/interpretation/interpretationFigures';
import { loanFiguresByYear } from '../../electron/loans/loanFigures';
import { FIRST_DATE, LAST_DATE, YEARS_IN_RANGE } from '../../shared/dateRange';
import { clerkCore } from '../helpers/clerkCore';
import type { TempCore } from '../helpers/tempCore';

let app: TempCore;
beforeAll(async () => {
  app = await clerkCore();
  await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' });
  const loan = await app.must('loans.lend', { wheelchairId: 1, purpose: 'in_hall', startDate: '2024-12-31', startTime: '10:00' });
  await app.must('loans.return', { loanId: loan.id, returnDate: '2024-12-31', returnTime: '16:00' });
});
afterAll(() => app?.close());

describe('figures for every year of a period, in one statement', () => {
  it("answers each year of the app's whole span, 1900 to 2100, from one UNION ALL of years", async () => {
    const whole = { from: FIRST_DATE, to: LAST_DATE };
    const loans = await loanFiguresByYear(app.db, whole);
    expect(loans.size).toBe(YEARS_IN_RANGE);
    expect(loans.get(2024)).toEqual({ loans: 1, borrowers: 1 });
    expect(loans.get(2025)).toEqual({ loans: 0, borrowers: 0 });
    expect((await interpretationFiguresByYear(app.db, whole)).size).toBe(YEARS_IN_RANGE);
    expect((await guideFiguresByYear(app.db, whole)).size).toBe(YEARS_IN_RANGE);
  });

  it('clips the first and last years to the period, and has nothing for a period with no day', async () => {
    expect([...(await loanFiguresByYear(app.db, { from: '2024-12-31', to: '2025-01-01' }))]).toEqual([
      [2024, { loans: 1, borrowers: 1 }],
      [2025, { loans: 0, borrowers: 0 }],
    ]);
    expect((await loanFiguresByYear(app.db, { from: '2025-01-02', to: '2025-01-01' })).size).toBe(0);
  });
});
