import { afterEach, describe, expect, it, vi } from 'vitest';
import { loanDeskAt } from '../helpers/loanDesk';
import type { TempCore } from '../helpers/tempCore';

let app: TempCore;
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

/** The desk at 10:00 with two wheelchairs. The clock moves with `later`. */
async function desk() {
  app = await loanDeskAt('2024-06-14T10:00:00+09:00', ['W-01', 'W-02']);
}
const later = (minutes: number) => vi.setSystemTime(new Date(Date.now() + minutes * 60_000));
const lend = (wheelchairId: number) =>
  app.must('loans.lend', { wheelchairId, borrowerName: '이영희', borrowerPhone: '010-2222-3333', consent: true, purpose: 'outside' });
const june = { from: '2024-06-01', to: '2024-06-30' };
const juneLoans = async () => (await app.must('loans.figures', june)).monthly.find((m) => m.period === '2024-06')?.loans ?? 0;

describe('the desk takes back its last lend, return or interpretation request within 10 minutes', () => {
  it('a lend: the wheelchair is free again, the loan leaves the board and the figures, and the undo is logged', async () => {
    await desk();
    const loan = await lend(1);
    expect(await juneLoans()).toBe(1);
    later(9);
    expect(await app.must('loans.undoLend', { loanId: loan.id })).toEqual({ loanId: loan.id });
    const board = await app.must('loans.board', {});
    expect(board.open).toEqual([]);
    expect(board.free.map((w) => w.assetNumber)).toEqual(['W-01', 'W-02']);
    expect(board.lentToday).toBe(0);
    expect(await juneLoans()).toBe(0);
    expect((await app.must('loans.ledger', june)).total).toBe(0);
    // The wheelchair's history keeps both: the lend and its undo.
    expect((await app.must('loans.wheelchairHistory', { wheelchairId: 1 })).map((h) => `${h.fromStatus}→${h.toStatus} ${h.reason}`)).toEqual([
      'on_loan→available 대여 취소 (입력 직후 되돌림)',
      'available→on_loan 대여',
      'null→available 등록',
    ]);
    expect(app.logEntries.filter((e) => e.event === 'desk_undo')).toEqual([
      { level: 'info', event: 'desk_undo', context: expect.objectContaining({ kind: 'lend', recordId: loan.id, assetNumber: 'W-01', desk: 'TEST-DESK' }) },
    ]);
    // The same wheelchair can be lent again at once.
    await lend(1);
  });

  it('refuses after 10 minutes, in Korean, and changes nothing', async () => {
    await desk();
    const loan = await lend(1);
    later(10);
    const result = await app.call('loans.undoLend', { loanId: loan.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: '대여 후 10분이 지나 되돌릴 수 없습니다. 기록을 직접 고치거나 담당자에게 알리세요.' } });
    expect((await app.must('loans.board', {})).open.map((l) => l.id)).toEqual([loan.id]);
    expect(await juneLoans()).toBe(1);
    expect(app.logEntries.filter((e) => e.event === 'desk_undo')).toEqual([]);
  });

  it('a lend returned or extended since is not taken back', async () => {
    await desk();
    const extended = await lend(1);
    await app.must('loans.extend', { loanId: extended.id });
    expect(await app.call('loans.undoLend', { loanId: extended.id })).toMatchObject({ ok: false, error: { message: expect.stringContaining('연장이 기록되어') } });
    const returned = await lend(2);
    await app.must('loans.return', { loanId: returned.id });
    expect(await app.call('loans.undoLend', { loanId: returned.id })).toMatchObject({ ok: false, error: { message: expect.stringContaining('반납이 기록되어') } });
  });

  it('a return: the loan is open again and the wheelchair out, the return leaves the day’s count, logged', async () => {
    await desk();
    const loan = await lend(1);
    later(60);
    await app.must('loans.return', { loanId: loan.id, condition: 'damaged', toRepair: true, note: '브레이크' });
    expect((await app.must('loans.board', {})).returnedToday).toBe(1);
    later(5);
    const row = await app.must('loans.undoReturn', { loanId: loan.id });
    expect(row).toMatchObject({ id: loan.id, state: 'open', returnedAt: null });
    const board = await app.must('loans.board', {});
    expect(board.returnedToday).toBe(0);
    expect(board.open.map((l) => l.id)).toEqual([loan.id]);
    expect(board.inRepair).toEqual([]);
    expect(app.logEntries.find((e) => e.event === 'desk_undo')?.context).toMatchObject({ kind: 'return', recordId: loan.id, returnedAt: '2024-06-14 11:00' });
    // Returned again, properly this time.
    await app.must('loans.return', { loanId: loan.id });
  });

  it('a return is not taken back after 10 minutes, nor once the wheelchair is lent again', async () => {
    await desk();
    const first = await lend(1);
    await app.must('loans.return', { loanId: first.id });
    later(11);
    expect(await app.call('loans.undoReturn', { loanId: first.id })).toMatchObject({ ok: false, error: { message: '반납 후 10분이 지나 되돌릴 수 없습니다. 기록을 직접 고치거나 담당자에게 알리세요.' } });
    const second = await lend(1);
    await app.must('loans.return', { loanId: second.id });
    await lend(1);
    expect(await app.call('loans.undoReturn', { loanId: second.id })).toMatchObject({ ok: false, error: { message: expect.stringContaining("'W-01' 휠체어의 새 대여가 기록되어") } });
    expect(await app.call('loans.undoReturn', { loanId: (await lend(2)).id })).toMatchObject({ ok: false, error: { message: expect.stringContaining('반납되지 않은 대여') } });
  });

  it('an interpretation request: gone from the day and the figures within 10 minutes, refused after', async () => {
    await desk();
    const request = { date: '2024-06-14', time: '09:50', language: 'vi', methodId: 1, task: '전입신고', outcome: '처리 완료' } as const;
    const first = await app.must('interpretation.requests.save', request);
    const second = await app.must('interpretation.requests.save', { ...request, language: 'zh' });
    later(3);
    expect(await app.must('interpretation.requests.undo', { id: second.id })).toEqual({ id: second.id });
    const day = await app.must('interpretation.day', { date: '2024-06-14' });
    expect(day.requests.map((r) => r.id)).toEqual([first.id]);
    expect(day.served).toEqual({ cases: 1, people: 1 });
    const figures = await app.must('interpretation.figures', june);
    expect(figures.monthly.find((m) => m.period === '2024-06')).toMatchObject({ cases: 1, people: 1 });
    expect(app.logEntries.find((e) => e.event === 'desk_undo')?.context).toMatchObject({ kind: 'interpretation_request', recordId: second.id, language: 'zh' });
    later(8);
    expect(await app.call('interpretation.requests.undo', { id: first.id })).toMatchObject({
      ok: false,
      error: { message: '통역 요청 저장 후 10분이 지나 되돌릴 수 없습니다. 기록을 직접 고치거나 담당자에게 알리세요.' },
    });
    expect(await app.call('interpretation.requests.undo', { id: second.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
