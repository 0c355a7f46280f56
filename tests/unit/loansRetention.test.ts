import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core';
import { loanFiguresByYear } from '../../electron/loans/loanFigures';
import { loansDueForPurge, purgeExpiredLoanPersonalData } from '../../electron/loans/loanPersonalData';
import { memoryLogger } from '../../electron/log';
import { memoryStore, TEST_DESK, tempCore, type TempCore } from '../helpers/tempCore';
import { setDeskTime } from '../helpers/deskTime';

let app: TempCore;
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

/** 홍길동 borrowed in 2021 and returned 2021-06-08; 성춘향 returned 2021-06-09; 이몽룡 still has W-03. */
async function oldLoans() {
  setDeskTime('2021-06-10 09:00');
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id });
  await app.signInAs(clerk.id);
  for (const assetNumber of ['W-01', 'W-02', 'W-03']) await app.must('loans.saveWheelchair', { assetNumber, kind: 'manual' });
  const lend = (wheelchairId: number, borrowerName: string, borrowerPhone: string) =>
    app.must('loans.lend', { wheelchairId, borrowerName, borrowerPhone, consent: true, purpose: 'outside', startDate: '2021-06-01', startTime: '10:00' });
  const hong = await lend(1, '홍길동', '010-1111-2222');
  const sung = await lend(2, '성춘향', '010-3333-4444');
  const lee = await lend(3, '이몽룡', '010-5555-6666');
  await app.must('loans.return', { loanId: hong.id, returnDate: '2021-06-08', returnTime: '17:59' });
  await app.must('loans.return', { loanId: sung.id, returnDate: '2021-06-09', returnTime: '09:00' });
  return { hong, sung, lee };
}

/** The app destroys the data by rule at this desk, not any staff member. */
const byTheApp = { staffId: null, desk: TEST_DESK };

const personal = async () =>
  (await app.db.selectFrom('loan').select(['id', 'borrower_name', 'borrower_phone', 'name_choseong', 'personal_data_destroyed_at']).orderBy('id').execute()).map(
    ({ personal_data_destroyed_at, ...r }) => ({ ...r, destroyed: personal_data_destroyed_at !== null ? 1 : 0 }),
  );

describe('keeping personal data no longer than the retention period', () => {
  it('destroys the name and phone of loans returned more than the retention period ago, and keeps the rest', async () => {
    const { hong } = await oldLoans();
    const before = (await loanFiguresByYear(app.db, { from: '2021-01-01', to: '2021-12-31' })).get(2021);
    expect(await purgeExpiredLoanPersonalData(app.db, '2024-06-09', 3, byTheApp)).toBe(1);
    expect(await personal()).toEqual([
      { id: 1, borrower_name: null, borrower_phone: null, name_choseong: null, destroyed: 1 },
      { id: 2, borrower_name: '성춘향', borrower_phone: '01033334444', name_choseong: 'ㅅㅊㅎ', destroyed: 0 },
      { id: 3, borrower_name: '이몽룡', borrower_phone: '01055556666', name_choseong: 'ㅇㅁㄹ', destroyed: 0 },
    ]);
    // Ten years on, a loan still out keeps its data: the desk still has to reach that person.
    expect(await purgeExpiredLoanPersonalData(app.db, '2031-06-09', 3, byTheApp)).toBe(1);
    expect((await personal()).map((r) => r.destroyed)).toEqual([1, 1, 0]);
    // The counts for the report do not change when the data goes.
    expect((await loanFiguresByYear(app.db, { from: '2021-01-01', to: '2021-12-31' })).get(2021)).toEqual(before);
    expect(before).toEqual({ loans: 3, borrowers: 3 });
    // Lists say it was destroyed; a full view has nothing to show and logs nothing.
    setDeskTime('2031-06-09 10:00');
    const ledger = await app.must('loans.ledger', { from: '2021-01-01', to: '2021-12-31', search: '' });
    expect(ledger.rows.find((r) => r.id === hong.id)).toMatchObject({ borrowerName: null, borrowerPhone: null, personalDataDestroyed: true });
    expect(await app.must('loans.revealPersonalData', { loanId: hong.id, purpose: '확인' })).toEqual({ name: null, phone: null });
    expect(await app.db.selectFrom('access_record').select('action').where('action', '=', 'view').execute()).toEqual([]);
  });

  it('runs when the app starts, with the retention period from the settings', async () => {
    await oldLoans();
    await app.asAdmin(() => app.must('settings.save', { retentionYears: 1 }));
    setDeskTime('2022-06-09 08:00'); // 홍길동 returned 2021-06-08: more than a year ago; 성춘향 exactly a year
    // The app starting again on the same records (the first core stays open: on PostgreSQL it owns the test database).
    const { logger, entries } = memoryLogger();
    const core = await createCore({ dataDir: app.dataDir, store: memoryStore(), log: logger, records: app.location, desk: 'DESK-2' });
    try {
      await core.afterStart();
      const rows = await core.db.selectFrom('loan').select('borrower_name').orderBy('id').execute();
      expect(rows).toEqual([{ borrower_name: null }, { borrower_name: '성춘향' }, { borrower_name: '이몽룡' }]);
      expect(entries).toContainEqual({ level: 'info', event: 'loan_personal_data_purged', context: { loans: 1 } });
      // The desk that destroyed them is kept, and nobody is named: the app did it by rule.
      expect(await core.db.selectFrom('loan').select(['updated_by', 'updated_desk']).where('id', '=', 1).executeTakeFirst()).toEqual({ updated_by: null, updated_desk: 'DESK-2' });
    } finally {
      await core.close();
    }
  });

  it('takes destroyed loans out of the search index, and a later start reads only the loans still holding data', async () => {
    await oldLoans();
    const found = async (search: string) => (await app.must('loans.ledger', { from: '2021-01-01', to: '2021-12-31', search })).total;
    expect([await found('ㅎㄱㄷ'), await found('1111'), await found('홍길동'), await found('ㅎㄱ')]).toEqual([1, 1, 1, 1]);
    // Statistics taken before anything was destroyed, as the app's own optimize takes them.
    if (app.sqlite) app.sqlite.exec('ANALYZE');
    expect(await purgeExpiredLoanPersonalData(app.db, '2024-06-09', 3, byTheApp)).toBe(1);
    expect([await found('ㅎㄱㄷ'), await found('1111'), await found('홍길동'), await found('ㅎㄱ')]).toEqual([0, 0, 0, 0]);
    expect(await found('ㅅㅊㅎ')).toBe(1);
    if (app.sqlite) {
      // The index itself holds only the two loans whose data remains (and, compacted, no trace of the third).
      expect(app.sqlite.prepare('SELECT rowid FROM loan_search ORDER BY rowid').pluck().all()).toEqual([2, 3]);
      const due = loansDueForPurge(app.db, '2024-06-09').compile(app.db);
      const plan = app.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${due.sql}`)
        .all(...due.parameters)
        .map((r) => (r as { detail: string }).detail);
      expect(plan.join('\n')).toMatch(/USING INDEX loan_personal_data_due \(returned_at[<>]/);
    }
  });
});
