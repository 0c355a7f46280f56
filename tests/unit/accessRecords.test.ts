import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { purgeExpiredPersonalData } from '../../electron/privacy/retention';
import { residentNumberRefusal } from '../../shared/korean/personalDataPatterns';
import { TEST_DESK, tempCore, type TempCore } from '../helpers/tempCore';
import { setDeskTime } from '../helpers/deskTime';
import { downloadedBook, fetchDownload } from '../helpers/downloads';

// Every test signs several people in with PINs, on the office server a fresh database each.
vi.setConfig({ testTimeout: 30_000 });

/*
 * 접속기록 (개인정보의 안전성 확보조치 기준 제8조) and the leaks #11 closes: every access of a visitor's
 * personal data leaves a row naming the signed-in person, downloads carry a reason and a row count,
 * files carry no personal data in their names or titles, notes go with the loan's personal data and
 * the bytes with them, a 주민등록번호 is never taken in, and the records are kept two years.
 */

let app: TempCore;
afterEach(async () => {
  await app?.close();
  vi.useRealTimers();
});

const june = { from: '2024-06-01', to: '2024-06-30' };

/** June 2024: 홍길동 borrowed W-01 and returned it with a note and a call; 성춘향 has W-02 out. */
async function desk() {
  setDeskTime('2024-06-14 10:00');
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const clerk = await app.must('staff.save', { name: '김담당', departmentId: dept.id });
  await app.signInAs(clerk.id);
  for (const assetNumber of ['W-01', 'W-02']) await app.must('loans.saveWheelchair', { assetNumber, kind: 'manual' });
  const hong = await app.must('loans.lend', {
    wheelchairId: 1, borrowerName: '홍길동', borrowerPhone: '010-1234-5678', consent: true, purpose: 'outside', startDate: '2024-06-03', startTime: '10:00',
    note: '보호자 연락처 010-5555-6666',
  });
  await app.must('loans.recordContact', { loanId: hong.id, result: '010-5555-6666로 통화함' });
  await app.must('loans.return', { loanId: hong.id, returnDate: '2024-06-07', returnTime: '11:00', note: '본인 직접 반납, 바퀴 이상 없음' });
  const sung = await app.must('loans.lend', {
    wheelchairId: 2, borrowerName: '성춘향', borrowerPhone: '02-555-1234', consent: true, purpose: 'outside', startDate: '2024-06-04', startTime: '14:00',
  });
  return { clerk, hong, sung };
}

const accessRows = () =>
  app.db.selectFrom('access_record').select(['staff_id', 'desk', 'action', 'screen', 'record_kind', 'record_id', 'row_count', 'reason']).orderBy('id').execute();

describe('an access record for each kind of access, naming the person signed in', () => {
  it('keeps a full view, a search by whole name or phone, the borrower history, the overdue list, prints and downloads', async () => {
    const { clerk, hong, sung } = await desk();
    const row = (over: object) => ({ staff_id: clerk.id, desk: TEST_DESK, row_count: null, reason: '', ...over });
    // Partial searches (초성, the last digits) find no one in particular: nothing kept.
    await app.must('loans.ledger', { ...june, search: 'ㅎㄱㄷ' });
    await app.must('loans.ledger', { ...june, search: '5678' });
    expect(await accessRows()).toEqual([]);

    await app.must('loans.revealPersonalData', { loanId: hong.id, purpose: '반납 확인 전화' });
    await app.must('loans.ledger', { ...june, search: '홍길동' });
    await app.must('loans.ledger', { ...june, search: '010-1234-5678' });
    // Before a new loan: 성춘향's whole phone finds her overdue loan, which confirms she borrowed.
    expect(await app.must('loans.borrowerHistory', { borrowerName: '', borrowerPhone: '02-555-1234' })).toHaveLength(1);
    await app.must('loans.overdue', {});
    await app.must('loans.printLedger', { ...june, reason: '6월 대장 보관용 출력' });
    // A download is kept when its file is fetched, with the rows it carries.
    await fetchDownload(app.core, await app.must('loans.exportLedger', { ...june, reason: '구청 감사 자료 제출' }));
    await app.must('loans.printHandover', { loanId: sung.id, reason: '동의서 분실로 재출력' });
    const borrowerNo = async (loanId: number) => (await app.db.selectFrom('loan').select('borrower_no').where('id', '=', loanId).executeTakeFirstOrThrow()).borrower_no;
    const hongNo = await borrowerNo(hong.id);
    const sungNo = await borrowerNo(sung.id);
    expect(await accessRows()).toEqual([
      row({ action: 'view', screen: 'ledger', record_kind: 'loan', record_id: hong.id, reason: '반납 확인 전화' }),
      row({ action: 'search_name', screen: 'ledger', record_kind: 'borrower', record_id: hongNo }),
      row({ action: 'search_phone', screen: 'ledger', record_kind: 'borrower', record_id: hongNo }),
      row({ action: 'search_phone', screen: 'lend_form', record_kind: 'borrower', record_id: sungNo }),
      row({ action: 'list_view', screen: 'overdue_list', record_kind: 'loan', record_id: sung.id }),
      row({ action: 'print', screen: 'ledger', record_kind: 'ledger', record_id: null, row_count: 2, reason: '6월 대장 보관용 출력' }),
      row({ action: 'export', screen: 'ledger', record_kind: 'ledger', record_id: null, row_count: 2, reason: '구청 감사 자료 제출' }),
      row({ action: 'print', screen: 'handover', record_kind: 'loan', record_id: sung.id, row_count: 1, reason: '동의서 분실로 재출력' }),
    ]);
    // Never a name or a phone in a record.
    expect(JSON.stringify(await app.db.selectFrom('access_record').selectAll().execute())).not.toMatch(/홍길동|성춘향|1234-5678|12345678|555-1234/);
  });

  it('refuses a download or a later print without a reason, and every access with nobody signed in (never a record without a person)', async () => {
    const { hong } = await desk();
    expect(await app.call('loans.exportLedger', { ...june, reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(await app.call('loans.printLedger', { ...june, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    setDeskTime('2024-06-14 15:00');
    expect(await app.call('loans.printHandover', { loanId: hong.id })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    await app.must('session.signOut', {});
    for (const [channel, input] of [
      ['loans.revealPersonalData', { loanId: hong.id, purpose: '확인' }],
      ['loans.ledger', { ...june, search: '홍길동' }],
      ['loans.borrowerHistory', { borrowerName: '홍길동', borrowerPhone: '' }],
      ['loans.overdue', {}],
    ] as const) {
      expect(await app.call(channel, input as never), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await accessRows()).toEqual([]);
    expect(await app.db.selectFrom('access_record').select('id').where('staff_id', 'is', null).execute()).toEqual([]);
  });

  it('puts no searched name or phone in the downloaded file’s name or title', async () => {
    await desk();
    for (const search of ['010-1234-5678', '홍길동']) {
      const ticket = await app.must('loans.exportLedger', { ...june, search, reason: '민원 답변 자료' });
      expect(ticket.fileName).toBe('휠체어_대여대장_2024-06-01_2024-06-30.xlsx');
      expect(ticket.url).not.toMatch(/1234|%ED%99%8D/);
      const book = await downloadedBook(app.core, ticket);
      const sheet = book.worksheets[0];
      const titles = [sheet.getRow(1).getCell(1).text, sheet.getRow(2).getCell(1).text, sheet.name, book.title ?? '', book.subject ?? '', book.keywords ?? ''].join(' | ');
      expect(titles).not.toContain(search);
      expect(titles).not.toMatch(/1234|홍길동/);
      // The rows are masked like the screen, phones written in a note too.
      expect(JSON.stringify(sheet.getSheetValues())).not.toMatch(/홍길동|010-1234-5678|010-5555-6666/);
    }
  });
});

describe('free text about a visitor', () => {
  it('refuses a 주민등록번호 in any free-text field, and saves nothing', async () => {
    const { hong, sung } = await desk();
    const before = await app.db.selectFrom('loan').selectAll().orderBy('id').execute();
    expect(await app.call('loans.recordContact', { loanId: sung.id, result: '본인 확인 900101-1234567' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'result', message: residentNumberRefusal('연락 결과') },
    });
    expect(await app.call('loans.lend', { wheelchairId: 1, purpose: 'in_hall', note: '주민번호 8501012345678 확인' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'note', message: residentNumberRefusal('비고') },
    });
    expect(await app.call('loans.revealPersonalData', { loanId: hong.id, purpose: '900101-2234567 본인 확인' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await app.db.selectFrom('loan').selectAll().orderBy('id').execute()).toEqual(before);
  });
});

describe('destroying a loan’s personal data after the retention period', () => {
  /** Every byte of the records on disk: the SQLite file with its WAL. */
  const fileBytes = () => [app.core.records.sqlite!.name, `${app.core.records.sqlite!.name}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
  const inFile = (text: string) => fileBytes().some((bytes) => bytes.includes(Buffer.from(text, 'utf8')));

  it('takes the notes, the call results and the return note with the name and phone, and the bytes are gone from the file', async () => {
    const { hong, sung } = await desk();
    if (app.sqlite) {
      app.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      expect(inFile('010-5555-6666')).toBe(true);
    }
    setDeskTime('2027-06-10 09:00');
    const purged = await purgeExpiredPersonalData(app.db, '2027-06-10', 3, { staffId: null, desk: TEST_DESK });
    expect(purged).toMatchObject({ loans: 1, bytesErased: true });
    const loan = await app.db.selectFrom('loan').select(['borrower_name', 'borrower_phone', 'name_choseong', 'note', 'return_note']).where('id', '=', hong.id).executeTakeFirstOrThrow();
    expect(loan).toEqual({ borrower_name: null, borrower_phone: null, name_choseong: null, note: '', return_note: '' });
    expect(await app.db.selectFrom('loan_contact').select('result').where('loan_id', '=', hong.id).execute()).toEqual([{ result: '파기됨' }]);
    // The loan still out keeps its data: the desk must still reach that person.
    expect(await app.db.selectFrom('loan').select('borrower_name').where('id', '=', sung.id).executeTakeFirstOrThrow()).toEqual({ borrower_name: '성춘향' });
    const everything = JSON.stringify(await app.db.selectFrom('loan').selectAll().execute()) + JSON.stringify(await app.db.selectFrom('loan_contact').selectAll().execute());
    expect(everything).not.toMatch(/홍길동|010-5555-6666|01055556666|01012345678/);
    if (app.sqlite) {
      // secure_delete overwrote the old rows, the checkpoint moved the pages out of the WAL: not in the bytes either.
      for (const text of ['010-5555-6666', '01012345678', '본인 직접 반납, 바퀴 이상 없음']) expect(inFile(text), text).toBe(false);
      expect(inFile('성춘향')).toBe(true);
    }
  });
});

describe('access records themselves', () => {
  it('are kept two years and then destroyed', async () => {
    const { hong } = await desk();
    await app.must('loans.revealPersonalData', { loanId: hong.id, purpose: '오래된 열람' });
    setDeskTime('2025-03-02 10:00');
    await app.must('loans.revealPersonalData', { loanId: hong.id, purpose: '최근 열람' });
    const reasons = async () => (await app.db.selectFrom('access_record').select('reason').orderBy('id').execute()).map((r) => r.reason);
    // Two years to the day: still kept.
    expect((await purgeExpiredPersonalData(app.db, '2026-06-14', 10, { staffId: null, desk: TEST_DESK })).accessRecords).toBe(0);
    expect(await reasons()).toEqual(['오래된 열람', '최근 열람']);
    expect((await purgeExpiredPersonalData(app.db, '2026-06-15', 10, { staffId: null, desk: TEST_DESK })).accessRecords).toBe(1);
    expect(await reasons()).toEqual(['최근 열람']);
  });

  it('are checked month by month: unusual patterns marked, and who reviewed the month and when', async () => {
    const { hong } = await desk();
    // Eleven full views in a day by one person, an export at 19:30, a search by a whole phone number.
    for (let i = 0; i < 11; i++) await app.must('loans.revealPersonalData', { loanId: hong.id, purpose: `확인 ${i + 1}` });
    setDeskTime('2024-06-14 19:30');
    await fetchDownload(app.core, await app.must('loans.exportLedger', { ...june, reason: '야간 자료 정리' }));
    await app.must('loans.ledger', { ...june, search: '01012345678' });
    setDeskTime('2024-06-20 10:00');
    await app.must('loans.revealPersonalData', { loanId: hong.id, purpose: '다른 날' });

    await app.signInAsAdmin();
    const month = await app.must('privacy.accessRecords', { month: '2024-06' });
    expect(month).toMatchObject({ month: '2024-06', monthTotal: 14, total: 14, monthOver: false, review: null });
    expect(month.flagCounts).toEqual({ many_views: 11, after_hours: 1, full_phone_search: 1 });
    expect(month.rows.find((r) => r.action === 'export')).toMatchObject({ accessedAt: '2024-06-14 19:30', staffName: '김담당', desk: TEST_DESK, rowCount: 2, reason: '야간 자료 정리', flags: ['after_hours'] });
    expect(month.rows.find((r) => r.reason === '다른 날')!.flags).toEqual([]);
    const flagged = await app.must('privacy.accessRecords', { month: '2024-06', flaggedOnly: true, action: 'view' });
    expect(flagged.total).toBe(11);

    // A month is reviewed once it is over, once, by the person signed in.
    expect(await app.call('privacy.reviewMonth', { month: '2024-06', note: '' })).toMatchObject({ ok: false, error: { field: 'month' } });
    setDeskTime('2024-07-02 09:10');
    expect((await app.must('privacy.accessRecords', { month: '2024-07' })).unreviewedMonths).toEqual(['2024-06']);
    const admin = (await app.must('session.current', {})).staffId;
    const review = await app.must('privacy.reviewMonth', { month: '2024-06', note: '11건 열람은 반납 분쟁 확인으로 소명 받음' });
    expect(review).toMatchObject({ month: '2024-06', reviewedAt: '2024-07-02 09:10', reviewedBy: admin, reviewerName: '관리자', reviewedDesk: TEST_DESK, recordCount: 14, flaggedCount: 13 });
    expect(await app.call('privacy.reviewMonth', { month: '2024-06', note: '' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await app.must('privacy.accessRecords', { month: '2024-06' })).review).toEqual(review);
  });
});
