import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateWithWeekday, deskNow } from '../../shared/korean/deskClock';
import { addDays } from '../../shared/korean/holidays';
import { openApp, type OpenApp } from './harness';

let app: OpenApp;
let clerkId = 0;
const must = async (channel: string, input: unknown) => {
  const result = await app.preview.core.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: number };
};

beforeAll(async () => {
  app = await openApp();
  // The office as it stands before the desk opens: a clerk signed in at this PC and three wheelchairs.
  const dept = await must('departments.save', { name: '민원회계과' });
  const clerk = await must('staff.save', { name: '김담당', departmentId: dept.id, position: '주무관' });
  clerkId = clerk.id;
  await app.signInAs(clerk.id);
  for (const assetNumber of ['W-01', 'W-02', 'W-03']) await must('loans.saveWheelchair', { assetNumber, kind: 'manual' });
  await app.page.goto(app.preview.url + '#/loans');
  await app.page.getByRole('table', { name: '대여 중 목록' }).or(app.page.getByText('대여 중인 휠체어가 없습니다.')).waitFor({ timeout: 30_000 });
});
afterAll(() => app?.close());

describe('wheelchair loans at the desk, in the preview', () => {
  it('lends a wheelchair with the keyboard only: F2, type, Tab, Space, Enter', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '휠체어 대여', level: 2 }).click();
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: '휠체어 대여 (F2)' });
    await expect.poll(() => dialog.getByLabel('대여자 성명').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('홍길동');
    await page.keyboard.press('Tab');
    await page.keyboard.type('010-1234-5678');
    await page.keyboard.press('Tab'); // 대여자 구분: 본인
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // 개인정보 수집·이용 동의
    // The day is typed the quick way and shown the Korean way, whatever the PC's locale.
    const today = deskNow().date;
    const startDate = dialog.getByRole('textbox', { name: '대여일' });
    await startDate.fill(today.replaceAll('-', ''));
    await startDate.press('Tab');
    await expect.poll(() => startDate.inputValue()).toBe(dateWithWeekday(today));
    await expect.poll(() => dialog.getByRole('spinbutton', { name: '대여 시각 시' }).inputValue()).toMatch(/^([01]\d|2[0-3])$/);
    await app.screenshot('loans-lend-form');
    await dialog.getByLabel('대여자 성명').press('Enter');
    await expect.poll(() => dialog.getByText('대여를 기록했습니다').count()).toBe(1);
    expect(app.preview.core.records.sqlite!.prepare('SELECT substr(started_at, 1, 10) AS day FROM loan').get()).toEqual({ day: today });
    await page.keyboard.press('Enter'); // 닫기
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('refuses bad input with a Korean message beside the field, and saves nothing', async () => {
    const { page } = app;
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: '휠체어 대여 (F2)' });
    await expect.poll(() => dialog.getByLabel('대여자 성명').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('성춘향');
    await dialog.getByRole('textbox', { name: '대여일' }).fill('2026.13.1');
    await dialog.getByRole('textbox', { name: '연락처' }).click();
    await page.keyboard.type('010-12');
    await page.keyboard.press('Enter');
    // Every wrong field at once, each beside its field.
    const phone = dialog.getByRole('textbox', { name: '연락처' });
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => dialog.getByText('연락처는 9~11자리 숫자로 입력하세요.').count()).toBe(1);
    expect(await dialog.getByText('대여일을 날짜로 알아볼 수 없습니다. 2024.07.05. 또는 20240705처럼 입력하세요.').count()).toBe(1);
    expect(await dialog.getByRole('textbox', { name: '대여일' }).getAttribute('aria-invalid')).toBe('true');
    await app.screenshot('loans-lend-errors');
    await dialog.getByRole('textbox', { name: '대여일' }).fill('오늘');
    await phone.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('010-2222-3333');
    await page.keyboard.press('Enter'); // no consent ticked
    await expect.poll(() => dialog.getByText('개인정보 수집·이용 동의를 받아야 대여자 성명과 연락처를 저장할 수 있습니다.').count()).toBe(1);
    await expect.poll(() => dialog.getByText('연락처는 9~11자리 숫자로 입력하세요.').count()).toBe(0);
    await app.screenshot('loans-lend-refused');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '저장하지 않은 입력이 있습니다' }).getByRole('button', { name: '버리기' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(app.preview.core.records.sqlite!.prepare('SELECT count(*) AS n FROM loan').get()).toEqual({ n: 1 });
  });

  it('asks before Esc throws a filled lend form away: 계속 입력 keeps every letter, 버리기 closes it', async () => {
    const { page } = app;
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: '휠체어 대여 (F2)' });
    await expect.poll(() => dialog.getByLabel('대여자 성명').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('이몽룡');
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: '저장하지 않은 입력이 있습니다' });
    await expect.poll(() => question.textContent(), { timeout: 5000 }).toContain('입력한 내용을 저장하지 않고 버릴까요?');
    await app.screenshot('loans-lend-discard-question');
    await page.keyboard.press('Escape'); // the question's own Esc keeps the input
    await expect.poll(() => question.count(), { timeout: 5000 }).toBe(0);
    expect(await dialog.getByLabel('대여자 성명').inputValue()).toBe('이몽룡');
    await dialog.getByRole('button', { name: '닫기' }).click(); // ✕ asks too
    await question.getByRole('button', { name: '계속 입력' }).click();
    expect(await dialog.getByLabel('대여자 성명').inputValue()).toBe('이몽룡');
    await page.keyboard.press('Escape');
    await question.getByRole('button', { name: '버리기' }).click();
    await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(0);
    expect(app.preview.core.records.sqlite!.prepare('SELECT count(*) AS n FROM loan').get()).toEqual({ n: 1 });
    // An untouched form closes with no question.
    await page.keyboard.press('F2');
    await expect.poll(() => dialog.getByLabel('대여자 성명').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(0);
  });

  it('shows the loan on the board, masked, with the wheelchair no longer free', async () => {
    const { page } = app;
    const out = page.getByRole('table', { name: '대여 중 목록' });
    await expect.poll(() => out.getByRole('row', { name: /W-01/ }).textContent()).toContain('홍*동');
    expect(await out.textContent()).toContain('010-****-5678');
    expect(await out.textContent()).not.toContain('홍길동');
    expect(await page.getByRole('group', { name: '대여 가능 휠체어' }).textContent()).not.toContain('W-01');
    await app.screenshot('loans-board');
  });

  it('returns it with the keyboard: F4, type the asset number, Enter picks, Enter saves', async () => {
    const { page } = app;
    // The lend's notification still offers its undo (for 10 minutes)…
    expect(await page.getByRole('button', { name: 'W-01 대여 취소' }).count()).toBe(1);
    await page.keyboard.press('F4');
    const dialog = page.getByRole('dialog', { name: '휠체어 반납 (F4)' });
    await expect.poll(() => dialog.getByRole('combobox', { name: '반납할 대여' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // With a single loan out it is already chosen; typing still finds it.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('W-01');
    await expect.poll(() => page.getByRole('option', { name: /W-01/ }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('W-01 반납을 기록했습니다.').count()).toBe(1);
    await expect.poll(() => page.getByText('대여 중인 휠체어가 없습니다.').count()).toBe(1);
    // …until the wheelchair is back: a returned loan's lend can no longer be undone, so the button goes.
    await expect.poll(() => page.getByRole('button', { name: 'W-01 대여 취소' }).count()).toBe(0);
  });

  it('finds the loan in the ledger by 초성, and shows the full name only on purpose, logged', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '대여 대장' }).click();
    await page.getByLabel('대장 검색').fill('ㅎㄱㄷ');
    const ledger = page.getByRole('table', { name: '대여 대장' });
    await expect.poll(() => ledger.getByRole('row').count()).toBe(2);
    const row = ledger.getByRole('row').nth(1);
    expect(await row.textContent()).toContain('홍*동');
    expect(await row.textContent()).toContain('반납');
    await page.getByLabel('대장 검색').fill('ㅅㅊㅎ');
    await expect.poll(() => page.getByText('검색 결과가 없습니다.').count()).toBe(1);
    await page.getByLabel('대장 검색').fill('5678');
    await expect.poll(() => ledger.getByRole('row').count()).toBe(2);
    await ledger.getByRole('button', { name: /대여자 전체 보기/ }).click();
    await expect.poll(() => ledger.textContent()).toContain('홍길동');
    expect(await ledger.textContent()).toContain('010-1234-5678');
    // The full view is in the 접속기록 with who did it (the 초성 and the last four digits found nobody in particular).
    const views = app.preview.core.records.sqlite!.prepare(`SELECT record_kind, screen, staff_id IS NOT NULL AS signed FROM access_record WHERE action = 'view'`).all();
    expect(views).toEqual([{ record_kind: 'loan', screen: 'ledger', signed: 1 }]);
    await app.screenshot('loans-ledger');
    // Done with it: the row is masked again with one click.
    await ledger.getByRole('button', { name: /대여자 가리기/ }).click();
    await expect.poll(() => ledger.textContent()).not.toContain('홍길동');
    expect(await ledger.textContent()).toContain('홍*동');
    expect(await ledger.getByRole('button', { name: /대여자 전체 보기/ }).count()).toBe(1);
  });

  it('exports the ledger to XLSX with the same columns after asking why, and the file reads back', async () => {
    const { page } = app;
    await page.getByLabel('대장 검색').fill('');
    await page.getByRole('button', { name: '엑셀 내려받기' }).click();
    const dialog = page.getByRole('dialog', { name: '대여 대장 엑셀 내려받기' });
    await dialog.getByRole('button', { name: '내려받기' }).click();
    // No reason, no file: the contract's Korean message beside the box.
    await expect.poll(() => dialog.getByLabel('사유').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('사유').fill('반기 실적 보고');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '내려받기' }).click();
    const file = await (await download).path();
    await expect.poll(() => dialog.count()).toBe(0);
    const exported = app.preview.core.records.sqlite!.prepare(`SELECT reason, row_count FROM access_record WHERE action = 'export'`).all();
    expect(exported).toEqual([{ reason: '반기 실적 보고', row_count: 1 }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(file) as never);
    const rows = (book.getWorksheet('대여 대장')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const headers = await page.getByRole('table', { name: '대여 대장' }).getByRole('columnheader').allTextContents();
    expect(rows[2]).toEqual(headers.filter((h) => h !== '작업'));
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual(expect.arrayContaining(['W-01(수동)', '홍*동', '010-****-5678', '외부 대여', '반납', '김담당']));
  });

  it('lists an overdue loan with the phone in full and records the call with one click', async () => {
    const { page } = app;
    const today = deskNow().date;
    await must('loans.lend', {
      wheelchairId: 2, borrowerName: '성춘향', borrowerPhone: '010-2222-3333', consent: true, purpose: 'outside', startDate: addDays(today, -20), startTime: '10:00',
    });
    await page.getByRole('tab', { name: /연락 필요/ }).click();
    const list = page.getByRole('table', { name: '연체 목록' });
    await expect.poll(() => list.textContent()).toContain('010-2222-3333');
    expect(await list.textContent()).toContain('아직 연락 안 함');
    await page.getByLabel('W-02 연락 결과').fill('통화함, 내일 반납');
    await page.getByRole('button', { name: 'W-02 연락함' }).click();
    await expect.poll(() => list.textContent()).toContain('김담당 · 통화함, 내일 반납');
    await app.screenshot('loans-overdue');
    // The list reloaded after the call; the clerk still saw that phone once today: one logged view.
    const views = app.preview.core.records.sqlite!.prepare(`SELECT count(*) AS n FROM access_record WHERE screen = 'overdue_list'`).get();
    expect(views).toEqual({ n: 1 });
  });

  it('prints the hand-over form again, after asking why, with the consent text and both signature lines', async () => {
    const { page } = app;
    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('tab', { name: '오늘 현황' }).click();
    await page.getByRole('button', { name: 'W-02 사용 동의서 인쇄' }).click();
    const dialog = page.getByRole('dialog', { name: '사용 동의서 다시 인쇄' });
    await dialog.getByLabel('사유').fill('동의서 분실로 다시 출력');
    await dialog.getByRole('button', { name: '인쇄' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const printed = app.preview.core.records.sqlite!.prepare(`SELECT screen, record_kind, reason FROM access_record WHERE action = 'print'`).all();
    expect(printed).toEqual([{ screen: 'handover', record_kind: 'loan', reason: '동의서 분실로 다시 출력' }]);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('handover-sheet');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const text = await sheet.textContent();
    expect(text).toContain('휠체어 무상대여 사용 동의서');
    expect(text).toContain('성춘향');
    expect(text).toContain('개인정보 수집·이용 동의');
    expect(text).toContain('대여자(보호자) 성명');
    expect(text).toContain('담당 직원 김담당');
    await app.screenshot('loans-handover-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('registers a wheelchair, sends another to repair, and counts the year in the statistics', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '휠체어 관리' }).click();
    await page.getByLabel('자산번호').fill('W-04');
    await page.getByLabel('자산번호').press('Enter');
    const list = page.getByRole('table', { name: '휠체어 목록' });
    await expect.poll(() => list.getByRole('row', { name: /W-04/ }).textContent()).toContain('대여 가능');
    await page.getByRole('button', { name: 'W-03 상태 변경' }).click();
    await page.getByRole('menuitem', { name: '수리 중' }).click();
    await expect.poll(() => list.getByRole('row', { name: /W-03/ }).textContent()).toContain('수리 중');
    await app.screenshot('loans-wheelchairs');
    await page.getByRole('button', { name: 'W-03 이력' }).click();
    const history = page.getByRole('dialog', { name: 'W-03 상태 이력' });
    await expect.poll(() => history.textContent()).toContain('대여 가능 → 수리 중');
    await page.keyboard.press('Escape');

    const today = deskNow().date;
    const thisYear = 1 + (addDays(today, -20).slice(0, 4) === today.slice(0, 4) ? 1 : 0);
    await page.getByRole('tab', { name: '통계' }).click();
    const yearly = page.getByRole('table', { name: '연도별 대여 실적' });
    await expect.poll(() => yearly.textContent()).toContain(`${today.slice(0, 4)}년${thisYear}건${thisYear}명`);
  });

  it('shows what is out and overdue on the dashboard', async () => {
    const { page } = app;
    await page.getByRole('link', { name: /^대시보드/ }).click();
    const card = page.getByRole('region', { name: '휠체어 대여 현황' });
    await expect.poll(() => card.textContent()).toContain('연체 1건');
    expect(await card.textContent()).toContain('대여 중 1대');
  });

  it('finds the loan to return or extend by the borrower’s name, 초성 or the phone’s last digits, though the lists mask the name', async () => {
    const { page } = app;
    const lend = { consent: true, purpose: 'outside' };
    await must('loans.lend', { ...lend, wheelchairId: 1, borrowerName: '이영희', borrowerPhone: '010-5555-7777' });
    await must('loans.lend', { ...lend, wheelchairId: 4, borrowerName: '이영수', borrowerPhone: '010-9876-4321' });
    await page.getByRole('link', { name: /^휠체어 대여/ }).click();
    await page.getByRole('tab', { name: '오늘 현황' }).click();
    const out = page.getByRole('table', { name: '대여 중 목록' });
    await expect.poll(() => out.getByRole('row').count()).toBe(4);

    // 연장 from the board: the search narrows the list to the one visitor, by the phone's last digits.
    await page.getByLabel('대여 중 찾기').fill('4321');
    await expect.poll(() => out.getByRole('row').count()).toBe(2);
    expect(await out.textContent()).toContain('이*수');
    await out.getByRole('button', { name: 'W-04 연장' }).click();
    await expect.poll(() => page.getByText(/^W-04 반납 예정일을 .*로 연장했습니다\.$/).count()).toBe(1);
    await page.getByLabel('대여 중 찾기').fill('ㅇㅇㅎ');
    await expect.poll(() => out.getByRole('row').count()).toBe(2);
    expect(await out.textContent()).toContain('이*희');
    await page.getByLabel('대여 중 찾기').fill('');

    // F4 and the full name, as the visitor says it: the masked list alone could not find it.
    await page.keyboard.press('F4');
    const dialog = page.getByRole('dialog', { name: '휠체어 반납 (F4)' });
    const picker = dialog.getByRole('combobox', { name: '반납할 대여' });
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('이영희');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^W-01 · 이\*희/)]);
    await app.screenshot('loans-return-by-name');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.inputValue()).toMatch(/^W-01 · 이\*희/);
    await page.keyboard.press('Enter');
    // The record itself: an earlier return's notification (kept 10 minutes for its undo) may still show the same words.
    await expect.poll(() => (app.preview.core.records.sqlite!.prepare(`SELECT count(*) AS n FROM loan WHERE borrower_name = '이영희' AND returned_at IS NOT NULL`).get() as { n: number }).n).toBe(1);
    await expect.poll(() => dialog.count()).toBe(0);

    // And by 초성 only.
    await page.keyboard.press('F4');
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('ㅇㅇㅅ');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^W-04 · 이\*수/)]);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // The record itself: an earlier return's notification (kept 10 minutes for its undo) may still show the same words.
    await expect.poll(() => (app.preview.core.records.sqlite!.prepare(`SELECT count(*) AS n FROM loan WHERE borrower_name = '이영수' AND returned_at IS NOT NULL`).get() as { n: number }).n).toBe(1);
    const open = app.preview.core.records.sqlite!.prepare('SELECT borrower_name AS name FROM loan WHERE returned_at IS NULL').all();
    expect(open).toEqual([{ name: '성춘향' }]);
  });

  it('shows the 관리자 who saw, printed and downloaded visitors’ data in 접속기록 점검, marks the unusual, and records last month as checked', async () => {
    const { page } = app;
    // Last month, a hand-over form printed again at 22:30 (the desk's clock), as the records keep it.
    const now = deskNow().date;
    const lastMonth = `${Number(now.slice(5, 7)) === 1 ? Number(now.slice(0, 4)) - 1 : now.slice(0, 4)}-${String(Number(now.slice(5, 7)) === 1 ? 12 : Number(now.slice(5, 7)) - 1).padStart(2, '0')}`;
    app.preview.core.records
      .sqlite!.prepare(
        `INSERT INTO access_record (accessed_at, staff_id, desk, action, screen, record_kind, record_id, row_count, reason) VALUES (?, ?, 'PC-창구', 'print', 'handover', 'loan', 1, 1, '야간 재출력')`,
      )
      .run(`${lastMonth}-15T13:30:00.000Z`, clerkId);

    await app.signInAsAdmin();
    await page.goto(app.preview.url + '#/privacy');
    const records = page.getByRole('table', { name: '접속기록' });
    const flagged = records.getByRole('row', { name: /야간 재출력/ });
    await expect.poll(() => flagged.textContent(), { timeout: 20_000 }).toContain('김담당');
    expect(await flagged.textContent()).toContain('근무시간 외·휴일 출력·내려받기');
    expect(await flagged.getAttribute('data-flagged')).toBe('true');

    await page.getByRole('button', { name: '다음 달' }).click();
    await expect.poll(() => records.textContent()).toContain('반기 실적 보고');
    const text = (await records.textContent()) ?? '';
    for (const expected of ['전체 보기', '내려받기', '출력', '동의서 분실로 다시 출력', '김담당']) expect(text).toContain(expected);
    await page.getByRole('combobox', { name: '유형' }).click();
    await page.getByRole('option', { name: '내려받기' }).click();
    await expect.poll(() => records.getByRole('row').count()).toBe(2);
    await app.screenshot('privacy-access-review');

    await page.getByRole('button', { name: '이전 달' }).click();
    const review = page.getByRole('form', { name: /점검 기록$/ });
    await review.getByLabel('점검 의견').fill('야간 재출력은 민원인 요청으로 확인함');
    await review.getByRole('button', { name: '점검 완료 기록' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '점검을 마쳤습니다' }).textContent()).toContain('김관리');
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
