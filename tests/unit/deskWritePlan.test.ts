import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanRepository } from '../../electron/loans/loanRepository';
import { statementsSent } from '../helpers/statementsSent';
import { tempCore, type TempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';

let app: TempCore;
let wheelchairId: number;
beforeAll(async () => {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id });
  await app.signInAs(clerk.id);
  wheelchairId = (await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' })).id;
  for (const day of ['01', '02', '03']) {
    const loan = await app.must('loans.lend', { wheelchairId, borrowerName: '홍길동', borrowerPhone: '010-1234-5678', consent: true, purpose: 'outside', startDate: `2024-06-${day}`, startTime: '10:00' });
    await app.must('loans.return', { loanId: loan.id, returnDate: `2024-06-${day}`, returnTime: '16:00' });
  }
});
afterAll(() => app?.close());

/** The plan of every statement a repository call sends, as SQLite's EXPLAIN QUERY PLAN words it. */
async function plansOf(run: (repo: ReturnType<typeof loanRepository>) => Promise<unknown>): Promise<string[]> {
  const plans: string[] = [];
  for (const q of await statementsSent(app.db, (db) => run(loanRepository(db)))) {
    const { rows } = await app.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${q.sql}`, [...q.parameters]));
    plans.push(rows.map((r) => r.detail).join('; '));
  }
  return plans;
}

describe("a lend's checks on the wheelchair", () => {
  it('finds its last return', async () => {
    expect(await loanRepository(app.db).lastReturnOf(wheelchairId)).toBe('2024-06-03 16:00');
  });

  it.runIf(testEngine() === 'sqlite')("reads the wheelchair's last return from one index entry, not from every loan it ever had", async () => {
    const [plan] = await plansOf((repo) => repo.lastReturnOf(wheelchairId));
    expect(plan).toMatch(/USING COVERING INDEX loan_wheelchair_returned \(wheelchair_id=\?\)/);
  });
});
