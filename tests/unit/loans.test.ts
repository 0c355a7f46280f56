import { afterEach, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_FIRST } from '../../shared/contract/access';
import { loanDueDate } from '../../shared/contract/loans';
import { tempCore, type TempCore } from '../helpers/tempCore';
import { setDeskTime } from '../helpers/deskTime';

let app: TempCore;
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

/** A desk with a clerk picked at the PC and two wheelchairs. */
async function desk(at = '2024-06-03 10:00') {
  setDeskTime(at);
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id, position: '주무관' });
  await app.signInAs(clerk.id);
  const w1 = await app.must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' });
  const w2 = await app.must('loans.saveWheelchair', { assetNumber: 'W-02', kind: 'electric' });
  return { clerk, w1, w2 };
}

/** How many loans are recorded, straight from the table. */
const loanCount = () => app.db.selectFrom('loan').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

const person = { borrowerName: '홍길동', borrowerPhone: '010-1234-5678', consent: true, purpose: 'outside' as const };

describe('the due date of a loan', () => {
  it('is the usual loan period after the start, moved past weekends and public holidays', () => {
    expect(loanDueDate('2024-11-01', 'outside', 7)).toBe('2024-11-08'); // Fri → Fri, a working day
    expect(loanDueDate('2024-11-02', 'outside', 7)).toBe('2024-11-11'); // Sat → Sat → Monday
    expect(loanDueDate('2024-04-29', 'outside', 7)).toBe('2024-05-07'); // 5.6. 대체공휴일 → Tuesday
    expect(loanDueDate('2024-04-27', 'outside', 7)).toBe('2024-05-07'); // Sat, then 어린이날, then its substitute
    expect(loanDueDate('2024-09-09', 'outside', 7)).toBe('2024-09-19'); // 추석 연휴 9.16.~9.18.
    expect(loanDueDate('2024-08-24', 'outside', 7)).toBe('2024-09-02'); // month end on a Saturday
    expect(loanDueDate('2024-12-25', 'outside', 7)).toBe('2025-01-02'); // year end: 1.1. 신정
    expect(loanDueDate('2024-12-30', 'outside', 14)).toBe('2025-01-13'); // a longer period set in settings
  });

  it('is the same day for a wheelchair used inside the hall', () => {
    expect(loanDueDate('2024-06-03', 'in_hall', 7)).toBe('2024-06-03');
  });

  it('follows the loan period in the settings', async () => {
    await desk('2024-12-23 09:00');
    await app.asAdmin(() => app.must('settings.save', { defaultLoanDays: 10 }));
    const loan = await app.must('loans.lend', { ...person, wheelchairId: 1 });
    expect(loan.dueDate).toBe('2025-01-02'); // 12.23. + 10 = 1.2.
  });
});

describe('lending and returning a wheelchair', () => {
  it('records the loan with the clerk at the PC, masks the borrower, and shows the wheelchair as out', async () => {
    const { w1 } = await desk('2024-06-03 10:00');
    const loan = await app.must('loans.lend', { ...person, wheelchairId: w1.id, idChecked: true });
    expect(loan).toMatchObject({
      assetNumber: 'W-01',
      borrowerName: '홍*동',
      borrowerPhone: '010-****-5678',
      startedAt: '2024-06-03 10:00',
      dueDate: '2024-06-10',
      lentByName: '김담당',
      idChecked: true,
      state: 'open',
    });
    const board = await app.must('loans.board', {});
    expect(board.open.map((l) => l.assetNumber)).toEqual(['W-01']);
    expect(board.free.map((w) => w.assetNumber)).toEqual(['W-02']);
    expect(board.lentToday).toBe(1);
  });

  it('refuses to lend a wheelchair that is already out, in Korean, and the database refuses it too', async () => {
    const { w1 } = await desk();
    await app.must('loans.lend', { ...person, wheelchairId: w1.id });
    const again = await app.call('loans.lend', { ...person, borrowerName: '성춘향', borrowerPhone: '010-2222-3333', wheelchairId: w1.id });
    expect(again).toEqual({
      ok: false,
      error: { code: 'conflict', field: 'wheelchairId', message: "'W-01' 휠체어는 이미 대여 중입니다. 한 휠체어를 동시에 두 번 빌려줄 수 없습니다. 먼저 반납을 기록하세요." },
    });
    const insertSecondOpenLoan = app.db
      .insertInto('loan')
      .values({ wheelchair_id: w1.id, borrower_no: 99, purpose: 'in_hall', started_at: '2024-06-03 11:00', due_date: '2024-06-03', lent_by: 1, created_at: 'x', updated_at: 'x' })
      .execute();
    await expect(insertSecondOpenLoan).rejects.toThrow(/UNIQUE|unique constraint/);
    expect(await loanCount()).toEqual({ n: 1 });
  });

  it('lent by several desks at the same moment, it goes out once and every other desk is told in Korean', async () => {
    const { w1 } = await desk();
    const borrowers = ['홍길동', '성춘향', '이몽룡', '임꺽정'].map((borrowerName, i) => ({ ...person, borrowerName, borrowerPhone: `010-1111-000${i}` }));
    const results = await Promise.all(borrowers.map((b) => app.call('loans.lend', { ...b, wheelchairId: w1.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'wheelchairId', message: expect.stringContaining('휠체어는 이미 대여 중입니다') } });
    }
    expect(await loanCount()).toEqual({ n: 1 });
  });

  it('refuses a return before the loan began, in Korean, and the database refuses it too', async () => {
    const { w1 } = await desk('2024-06-03 15:00');
    const loan = await app.must('loans.lend', { ...person, wheelchairId: w1.id, startDate: '2024-06-03', startTime: '10:00' });
    const early = await app.call('loans.return', { loanId: loan.id, returnDate: '2024-06-03', returnTime: '09:59' });
    expect(early).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'returnDate', message: '반납 일시가 대여 일시(2024.06.03. 10:00)보다 빠를 수 없습니다.' },
    });
    const returnBefore = app.db.updateTable('loan').set({ returned_at: '2024-06-02 10:00', return_condition: 'good', received_by: 1 }).execute();
    await expect(returnBefore).rejects.toThrow(/CHECK|check constraint/);
    expect((await app.must('loans.detail', { loanId: loan.id })).returnedAt).toBeNull();
  });

  it('returns a wheelchair: it is free again and the history shows each step', async () => {
    const { w1 } = await desk('2024-06-03 10:00');
    const loan = await app.must('loans.lend', { ...person, wheelchairId: w1.id });
    setDeskTime('2024-06-05 16:20');
    const back = await app.must('loans.return', { loanId: loan.id });
    expect(back).toMatchObject({ returnedAt: '2024-06-05 16:20', receivedByName: '김담당', returnCondition: 'good', state: 'returned' });
    expect((await app.must('loans.board', {})).free.map((w) => w.assetNumber)).toEqual(['W-01', 'W-02']);
    const twice = await app.call('loans.return', { loanId: loan.id });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', message: '이미 반납된 대여입니다(2024.06.05. 16:20 반납).' } });
    const history = await app.must('loans.wheelchairHistory', { wheelchairId: w1.id });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      ['on_loan', 'available', '반납'],
      ['available', 'on_loan', '대여'],
      [null, 'available', '등록'],
    ]);
  });

  it('sends a damaged wheelchair to repair, and one in repair or retired cannot be lent', async () => {
    const { w1, w2 } = await desk('2024-06-03 10:00');
    const loan = await app.must('loans.lend', { ...person, wheelchairId: w1.id });
    await app.must('loans.return', { loanId: loan.id, condition: 'damaged', toRepair: true, note: '브레이크 고장' });
    expect((await app.must('loans.board', {})).inRepair.map((w) => w.assetNumber)).toEqual(['W-01']);
    expect(await app.call('loans.lend', { ...person, wheelchairId: w1.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: "'W-01' 휠체어는 수리 중이라 대여할 수 없습니다.", field: 'wheelchairId' },
    });
    await app.must('loans.setWheelchairStatus', { wheelchairId: w2.id, status: 'retired', reason: '프레임 균열' });
    expect(await app.call('loans.lend', { ...person, wheelchairId: w2.id })).toMatchObject({
      ok: false,
      error: { message: "'W-02' 휠체어는 폐기되어 대여할 수 없습니다." },
    });
    const history = await app.must('loans.wheelchairHistory', { wheelchairId: w1.id });
    expect(history[0]).toMatchObject({ fromStatus: 'on_loan', toStatus: 'repair', reason: '반납 시 파손·고장: 브레이크 고장', staffName: '김담당' });
  });

  it('refuses a name or phone without consent, and saves nothing', async () => {
    const { w1 } = await desk();
    const result = await app.call('loans.lend', { ...person, consent: false, wheelchairId: w1.id });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'consent', message: '개인정보 수집·이용 동의를 받아야 대여자 성명과 연락처를 저장할 수 있습니다.' },
    });
    expect(await loanCount()).toEqual({ n: 0 });
    // Inside the hall a wheelchair can go out with no personal data at all.
    const inHall = await app.must('loans.lend', { wheelchairId: w1.id, purpose: 'in_hall' });
    expect(inHall).toMatchObject({ borrowerName: null, borrowerPhone: null, dueDate: '2024-06-03' });
  });

  it('needs a phone for an outside loan, and a clerk responsible for it', async () => {
    const { w1, clerk } = await desk();
    expect(await app.call('loans.lend', { ...person, borrowerPhone: '', wheelchairId: w1.id })).toMatchObject({
      ok: false,
      error: { field: 'borrowerPhone', message: '외부 대여는 반납 안내를 위해 연락처가 필요합니다.' },
    });
    await app.must('session.signOut', {});
    expect(await app.call('loans.lend', { ...person, wheelchairId: w1.id })).toMatchObject({ ok: false, error: { code: 'forbidden', message: SIGN_IN_FIRST } });
    expect(await loanCount()).toEqual({ n: 0 });
    await app.signInAs(clerk.id);
    expect((await app.must('loans.lend', { ...person, wheelchairId: w1.id })).lentByName).toBe('김담당');
  });

  it('keeps the real start of a loan entered after the fact, but not one in the future or overlapping the last loan', async () => {
    const { w1 } = await desk('2024-06-04 09:00');
    const late = await app.must('loans.lend', { ...person, wheelchairId: w1.id, startDate: '2024-06-03', startTime: '15:30' });
    expect(late).toMatchObject({ startedAt: '2024-06-03 15:30', dueDate: '2024-06-10' });
    await app.must('loans.return', { loanId: late.id, returnDate: '2024-06-04', returnTime: '08:50' });
    const overlapping = await app.call('loans.lend', { ...person, wheelchairId: w1.id, startDate: '2024-06-04', startTime: '08:00' });
    expect(overlapping).toMatchObject({
      ok: false,
      error: { field: 'startDate', message: "'W-01' 휠체어는 2024.06.04. 08:50에 반납되었습니다. 대여 일시가 그보다 빠를 수 없습니다." },
    });
    const future = await app.call('loans.lend', { ...person, wheelchairId: w1.id, startDate: '2024-06-05', startTime: '09:00' });
    expect(future).toMatchObject({ ok: false, error: { field: 'startDate', message: '대여 일시는 현재 시각보다 늦을 수 없습니다.' } });
  });
});

describe('extending a loan', () => {
  it('moves the due date once, again to a working day, and refuses a second extension', async () => {
    const { w1 } = await desk('2024-04-26 10:00');
    const loan = await app.must('loans.lend', { ...person, wheelchairId: w1.id, startDate: '2024-04-22', startTime: '10:00' });
    expect(loan.dueDate).toBe('2024-04-29');
    const extended = await app.must('loans.extend', { loanId: loan.id });
    expect(extended).toMatchObject({ dueDate: '2024-05-07', extended: true }); // 4.29. + 7 = 5.6. 대체공휴일 → 5.7.
    expect(await app.call('loans.extend', { loanId: loan.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '연장은 한 번만 할 수 있습니다. 이미 연장된 대여입니다.' },
    });
    await expect(app.db.updateTable('loan').set({ extended_at: 'again' }).where('id', '=', loan.id).execute()).rejects.toThrow(/already extended/);
  });
});

describe('overdue loans', () => {
  it('counts days overdue across a year end', async () => {
    const { w1 } = await desk('2024-12-20 10:00');
    await app.must('loans.lend', { ...person, wheelchairId: w1.id });
    setDeskTime('2024-12-27 17:00');
    expect((await app.must('loans.board', {})).open[0]).toMatchObject({ dueDate: '2024-12-27', state: 'open', daysOverdue: 0 });
    setDeskTime('2025-01-02 10:00');
    const board = await app.must('loans.board', {});
    expect(board.open[0]).toMatchObject({ state: 'overdue', daysOverdue: 6 });
    expect(board.overdueCount).toBe(1);
  });

  it('counts days overdue across a month end in a leap year, and a late return stays marked late', async () => {
    const { w1 } = await desk('2024-02-21 10:00');
    const loan = await app.must('loans.lend', { ...person, wheelchairId: w1.id });
    expect(loan.dueDate).toBe('2024-02-28');
    setDeskTime('2024-03-01 09:00');
    expect((await app.must('loans.detail', { loanId: loan.id })).daysOverdue).toBe(2); // 2.29., 3.1.
    setDeskTime('2024-03-04 11:00');
    expect(await app.must('loans.return', { loanId: loan.id })).toMatchObject({ state: 'returnedLate', daysOverdue: 5 });
  });

  it("warns before a new loan about the same person's earlier overdue or late-returned loan", async () => {
    const { w1, w2 } = await desk('2024-06-03 10:00');
    const first = await app.must('loans.lend', { ...person, wheelchairId: w1.id });
    setDeskTime('2024-06-14 10:00');
    await app.must('loans.return', { loanId: first.id });
    await app.must('loans.lend', { ...person, borrowerName: '성춘향', borrowerPhone: '010-9999-0000', wheelchairId: w1.id });
    const warnings = await app.must('loans.borrowerHistory', { borrowerName: '', borrowerPhone: '01012345678' });
    expect(warnings).toEqual([
      { loanId: first.id, assetNumber: 'W-01', startedAt: '2024-06-03 10:00', dueDate: '2024-06-10', returnedAt: '2024-06-14 10:00', daysOverdue: 4 },
    ]);
    expect(await app.must('loans.borrowerHistory', { borrowerName: '성춘향', borrowerPhone: '' })).toEqual([]);
    expect(await app.must('loans.borrowerHistory', { borrowerName: '', borrowerPhone: '0101234' })).toEqual([]);
    expect(w2.status).toBe('available');
  });
});
