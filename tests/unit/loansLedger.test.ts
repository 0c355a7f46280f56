import { afterEach, describe, expect, it, vi } from 'vitest';
import { loanFiguresByYear } from '../../electron/loans/loanFigures';
import { ledgerColumns } from '../../shared/contract/loans';
import { TEST_DESK, tempCore, type TempCore } from '../helpers/tempCore';
import { setDeskTime } from '../helpers/deskTime';
import { downloadedBook, sheetRows } from '../helpers/downloads';

let app: TempCore;
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

const year2024 = { from: '2024-01-01', to: '2024-12-31' };

/** Three loans of June 2024: 홍길동 (returned), 성춘향 (out, overdue by the 14th) and an in-hall use with no name. */
async function ledgerDesk() {
  setDeskTime('2024-06-14 10:00');
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id });
  await app.signInAs(clerk.id);
  for (const assetNumber of ['W-01', 'W-02', 'W-03']) await app.must('loans.saveWheelchair', { assetNumber, kind: 'manual' });
  const hong = await app.must('loans.lend', {
    wheelchairId: 1, borrowerName: '홍길동', borrowerPhone: '010-1234-5678', consent: true, purpose: 'outside', startDate: '2024-06-03', startTime: '10:00',
  });
  await app.must('loans.return', { loanId: hong.id, returnDate: '2024-06-07', returnTime: '11:00' });
  const sung = await app.must('loans.lend', {
    wheelchairId: 2, borrowerName: '성춘향', borrowerPhone: '02-555-1234', relation: 'guardian', consent: true, purpose: 'outside', startDate: '2024-06-04', startTime: '14:00',
  });
  const anon = await app.must('loans.lend', { wheelchairId: 3, purpose: 'in_hall', startDate: '2024-06-14', startTime: '09:30' });
  return { clerk, hong, sung, anon };
}

const names = (page: { rows: { borrowerName: string | null }[] }) => page.rows.map((r) => r.borrowerName);

describe('the ledger (대여 대장)', () => {
  it('lists the loans of a period newest first, names and phones masked', async () => {
    await ledgerDesk();
    const page = await app.must('loans.ledger', year2024);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.assetNumber, r.borrowerName, r.borrowerPhone, r.state])).toEqual([
      ['W-03', null, null, 'open'],
      ['W-02', '성*향', '02-***-1234', 'overdue'],
      ['W-01', '홍*동', '010-****-5678', 'returned'],
    ]);
    expect((await app.must('loans.ledger', { from: '2024-06-05', to: '2024-06-13' })).total).toBe(0);
    expect((await app.must('loans.ledger', { from: '2024-06-04', to: '2024-06-04' })).rows.map((r) => r.assetNumber)).toEqual(['W-02']);
  });

  it('finds a borrower by 초성, by phone digits and by asset number', async () => {
    await ledgerDesk();
    expect(names(await app.must('loans.ledger', { ...year2024, search: 'ㅎㄱㄷ' }))).toEqual(['홍*동']);
    expect(names(await app.must('loans.ledger', { ...year2024, search: 'ㅅㅊ' }))).toEqual(['성*향']);
    expect(names(await app.must('loans.ledger', { ...year2024, search: '5678' }))).toEqual(['홍*동']);
    expect(names(await app.must('loans.ledger', { ...year2024, search: '010-1234' }))).toEqual(['홍*동']);
    expect((await app.must('loans.ledger', { ...year2024, search: 'w-02' })).rows.map((r) => r.assetNumber)).toEqual(['W-02']);
    expect(names(await app.must('loans.ledger', { ...year2024, search: '길동' }))).toEqual(['홍*동']);
    expect((await app.must('loans.ledger', { ...year2024, search: 'ㅇㅁㄹ' })).total).toBe(0);
  });

  it('filters by state and pages through the list', async () => {
    await ledgerDesk();
    expect(names(await app.must('loans.ledger', { ...year2024, state: 'overdue' }))).toEqual(['성*향']);
    expect((await app.must('loans.ledger', { ...year2024, state: 'open' })).total).toBe(2);
    expect(names(await app.must('loans.ledger', { ...year2024, state: 'returned' }))).toEqual(['홍*동']);
    const second = await app.must('loans.ledger', { ...year2024, limit: 2, offset: 2 });
    expect(second).toMatchObject({ total: 3 });
    expect(names(second)).toEqual(['홍*동']);
  });

  it('exports the same columns and masked rows to an XLSX file that Excel reads back', async () => {
    await ledgerDesk();
    await app.asAdmin(() => app.must('settings.save', { officeName: '○○구청' }));
    const ticket = await app.must('loans.exportLedger', { ...year2024, state: 'all', reason: '연간 실적 보고' });
    expect(ticket.fileName).toBe('휠체어_대여대장_2024-01-01_2024-12-31.xlsx');
    const book = await downloadedBook(app.core, ticket);
    const rows = sheetRows(book.getWorksheet('대여 대장')!);
    expect(rows[0]).toEqual(['○○구청 휠체어 무료 대여 대장']);
    expect(rows[1]).toEqual(['(2024.01.01.~2024.12.31.) · 3건']);
    expect(rows[2]).toEqual(ledgerColumns.map((c) => c.header));
    expect(rows[3].slice(1, 5)).toEqual(['2024.06.14. 09:30', 'W-03(수동)', '-', '-']);
    expect(rows[4].slice(3, 10)).toEqual(['성*향(보호자)', '02-***-1234', '외부 대여', '-', '2024.06.11.', '-', '연체 3일']);
    expect(rows[5].slice(3, 10)).toEqual(['홍*동', '010-****-5678', '외부 대여', '-', '2024.06.10.', '2024.06.07. 11:00', '반납']);
    expect(JSON.stringify(rows)).not.toContain('홍길동');
  });
});

describe("a borrower's personal data", () => {
  it('is shown in full only on purpose, and each showing is logged with who, when and which loan', async () => {
    const { clerk, hong } = await ledgerDesk();
    const full = await app.must('loans.revealPersonalData', { loanId: hong.id, purpose: '대여 대장에서 전체 보기' });
    expect(full).toEqual({ name: '홍길동', phone: '010-1234-5678' });
    expect(await app.db.selectFrom('access_record').select(['staff_id', 'desk', 'action', 'screen', 'record_kind', 'record_id', 'reason']).execute()).toEqual([
      { staff_id: clerk.id, desk: TEST_DESK, action: 'view', screen: 'ledger', record_kind: 'loan', record_id: hong.id, reason: '대여 대장에서 전체 보기' },
    ]);
  });

  it('appears in full on the overdue list, logged once per staff member and day, with the calls already made', async () => {
    const { clerk, sung } = await ledgerDesk();
    const overdue = await app.must('loans.overdue', {});
    expect(overdue.map((l) => [l.assetNumber, l.fullName, l.fullPhone, l.daysOverdue, l.contacts.length])).toEqual([['W-02', '성춘향', '02-555-1234', 3, 0]]);
    setDeskTime('2024-06-14 10:05');
    const call = await app.must('loans.recordContact', { loanId: sung.id, result: '통화함, 내일 반납 예정' });
    expect(call).toMatchObject({ contactedAt: '2024-06-14 10:05', result: '통화함, 내일 반납 예정', staffName: '김담당' });
    await app.must('loans.recordContact', { loanId: sung.id, result: '' });
    const again = await app.must('loans.overdue', {});
    expect(again[0].contacts.map((c) => c.result)).toEqual(['반납 안내 연락함', '통화함, 내일 반납 예정']);
    const logged = () => app.db.selectFrom('access_record').select(['staff_id', 'record_id']).where('action', '=', 'list_view').where('record_kind', '=', 'loan').orderBy('id').execute();
    // Reloads after each 연락함 show the same phone to the same clerk on the same day: one view.
    expect(await logged()).toEqual([{ staff_id: clerk.id, record_id: sung.id }]);
    // Another staff member at the PC is another view, and so is the next day.
    const other = await app.asAdmin(() => app.must('staff.save', { name: '이주무', departmentId: clerk.departmentId }));
    await app.signInAs(other.id);
    await app.must('loans.overdue', {});
    await app.must('loans.overdue', {});
    setDeskTime('2024-06-15 00:10');
    await app.must('loans.overdue', {});
    expect(await logged()).toEqual([
      { staff_id: clerk.id, record_id: sung.id },
      { staff_id: other.id, record_id: sung.id },
      { staff_id: other.id, record_id: sung.id },
    ]);
  });
});

describe('counts for the performance report', () => {
  it('counts loans and distinct borrowers per month and per year', async () => {
    setDeskTime('2025-01-20 10:00');
    app = await tempCore();
    const dept = await app.must('departments.save', { name: '민원회계과' });
    const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id });
    await app.signInAs(clerk.id);
    await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' });
    const lendAndReturn = async (startDate: string, who: { borrowerName?: string; borrowerPhone?: string }) => {
      const hasPerson = Boolean(who.borrowerName || who.borrowerPhone);
      const loan = await app.must('loans.lend', { wheelchairId: 1, ...who, consent: hasPerson, purpose: hasPerson ? 'outside' : 'in_hall', startDate, startTime: '10:00' });
      await app.must('loans.return', { loanId: loan.id, returnDate: startDate, returnTime: '17:00' });
    };
    await lendAndReturn('2024-11-04', { borrowerName: '홍길동', borrowerPhone: '010-1234-5678' });
    await lendAndReturn('2024-11-05', { borrowerName: '홍길동', borrowerPhone: '01012345678' }); // same phone, other form
    await lendAndReturn('2024-11-06', { borrowerName: '김영희', borrowerPhone: '010-2222-3333' });
    await lendAndReturn('2024-12-31', {}); // in the hall, nobody named: a person of their own
    await lendAndReturn('2025-01-02', { borrowerName: '홍길동', borrowerPhone: '010-1234-5678' });
    await lendAndReturn('2025-01-03', {});

    expect((await loanFiguresByYear(app.db, year2024)).get(2024)).toEqual({ loans: 4, borrowers: 3 });
    // Over two years, each year counts its own people: 홍길동 borrowed in both and is one of each year's.
    expect([...(await loanFiguresByYear(app.db, { from: '2024-01-01', to: '2025-01-20' }))]).toEqual([
      [2024, { loans: 4, borrowers: 3 }],
      [2025, { loans: 2, borrowers: 2 }],
    ]);
    const counts = await app.must('loans.figures', { from: '2024-10-01', to: '2025-01-31' });
    expect(counts.monthly).toEqual([
      { period: '2024-10', loans: 0, borrowers: 0 },
      { period: '2024-11', loans: 3, borrowers: 2 },
      { period: '2024-12', loans: 1, borrowers: 1 },
      { period: '2025-01', loans: 2, borrowers: 2 },
    ]);
    expect(counts.yearly).toEqual([
      { period: '2024', loans: 4, borrowers: 3 },
      { period: '2025', loans: 2, borrowers: 2 },
    ]);
  });
});
