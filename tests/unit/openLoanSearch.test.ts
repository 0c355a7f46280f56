import { afterEach, describe, expect, it, vi } from 'vitest';
import { loanDeskAt } from '../helpers/loanDesk';
import type { TempCore } from '../helpers/tempCore';

let app: TempCore;
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

/** Three wheelchairs out (이영희, 이영수, 성춘향) and 홍길동's already back: the desk at the return picker. */
async function desk() {
  app = await loanDeskAt('2024-06-14T10:00:00+09:00', ['W-01', 'W-02', 'W-03', 'W-14']);
  const lend = (wheelchairId: number, borrowerName: string, borrowerPhone: string, startDate: string) =>
    app.must('loans.lend', { wheelchairId, borrowerName, borrowerPhone, consent: true, purpose: 'outside', startDate, startTime: '10:00' });
  const hong = await lend(1, '홍길동', '010-1234-5678', '2024-06-03');
  await app.must('loans.return', { loanId: hong.id, returnDate: '2024-06-07', returnTime: '11:00' });
  const younghee = await lend(2, '이영희', '010-2222-3333', '2024-06-12');
  const youngsu = await lend(3, '이영수', '010-9876-3333', '2024-06-13');
  const chunhyang = await lend(4, '성춘향', '02-555-1234', '2024-06-04');
  return { hong, younghee, youngsu, chunhyang };
}

const find = (search: string) => app.must('loans.findOpen', { search });

describe('finding an open loan to return or extend', () => {
  it('finds it by the full name, part of it, or its 초성, though the lists show the name masked', async () => {
    const { younghee, youngsu } = await desk();
    expect((await app.must('loans.board', {})).open.map((l) => l.borrowerName)).toContain('이*희');
    expect(await find('이영희')).toEqual([younghee.id]);
    expect(await find('영희')).toEqual([younghee.id]);
    expect(await find('ㅇㅇㅎ')).toEqual([younghee.id]);
    // Two people share the start: both, in the board's order (the earlier due date first).
    expect(await find('ㅇㅇ')).toEqual([younghee.id, youngsu.id]);
    expect(await find('이영')).toEqual([younghee.id, youngsu.id]);
  });

  it('finds it by the phone’s last digits and by the asset number', async () => {
    const { younghee, youngsu, chunhyang } = await desk();
    expect(await find('3333')).toEqual([younghee.id, youngsu.id]);
    expect(await find('1234')).toEqual([chunhyang.id]);
    expect(await find('W-14')).toEqual([chunhyang.id]);
    expect(await find('w-02')).toEqual([younghee.id]);
    expect(await find('14')).toEqual([chunhyang.id]);
  });

  it('never offers a loan already returned, and nothing for a name not out', async () => {
    await desk();
    expect(await find('홍길동')).toEqual([]);
    expect(await find('ㅎㄱㄷ')).toEqual([]);
    expect(await find('5678')).toEqual([]);
    expect(await find('김철수')).toEqual([]);
  });

  it('keeps a search by a whole name or phone in the 접속기록 (whom it found, once a day), but not one by 초성 or last digits', async () => {
    const { younghee } = await desk();
    const kept = () => app.db.selectFrom('access_record').select(['action', 'screen', 'record_kind', 'record_id', 'staff_id']).orderBy('id').execute();
    await find('ㅇㅇㅎ');
    await find('3333');
    await find('W-14');
    expect(await kept()).toEqual([]);
    await find('이영희');
    await find('이영희');
    await find('01022223333');
    const borrower = (await app.db.selectFrom('loan').select('borrower_no').where('id', '=', younghee.id).executeTakeFirstOrThrow()).borrower_no;
    const rows = await kept();
    expect(rows).toEqual([
      { action: 'search_name', screen: 'return_picker', record_kind: 'borrower', record_id: borrower, staff_id: expect.any(Number) },
      { action: 'search_phone', screen: 'return_picker', record_kind: 'borrower', record_id: borrower, staff_id: expect.any(Number) },
    ]);
  });

  it('refuses an empty search in Korean', async () => {
    await desk();
    const result = await app.call('loans.findOpen', { search: '  ' });
    expect(result.ok).toBe(false);
  });
});
