import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanRepository } from '../../electron/loans/loanRepository';
import { plansOf } from '../helpers/queryPlans';
import { clerkCore } from '../helpers/clerkCore';
import type { TempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';

let app: TempCore;
let wheelchairId: number;
beforeAll(async () => {
  app = await clerkCore();
  wheelchairId = (await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' })).id;
  for (const day of ['01', '02', '03']) {
    const loan = await app.must('loans.lend', { wheelchairId, borrowerName: '홍길동', borrowerPhone: '010-1234-5678', consent: true, purpose: 'outside', startDate: `2024-06-${day}`, startTime: '10:00' });
    await app.must('loans.return', { loanId: loan.id, returnDate: `2024-06-${day}`, returnTime: '16:00' });
  }
});
afterAll(() => app?.close());

describe("a lend's checks on the wheelchair", () => {
  it('finds its last return, and no loan out', async () => {
    expect(await loanRepository(app.db).wheelchairLoans(wheelchairId)).toEqual({ open: false, lastReturn: '2024-06-03 16:00' });
  });

  it.runIf(testEngine() === 'sqlite')("reads the wheelchair's last return from one index entry, not from every loan it ever had", async () => {
    const [plan] = await plansOf(app.db, (db) => loanRepository(db).wheelchairLoans(wheelchairId));
    expect(plan).toMatch(/USING COVERING INDEX loan_wheelchair_returned \(wheelchair_id=\?\)/);
  });
});
