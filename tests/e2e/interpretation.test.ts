import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { addMonths, format, startOfMonth } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskNow } from '../../shared/korean/deskClock';
import { openApp, type OpenApp } from './harness';

let app: OpenApp;

beforeAll(async () => {
  app = await openApp();
  // The office as the desk finds it: one department, one staff member signed in at this PC.
  const core = app.preview.core;
  const dept = (await core.call('departments.save', { name: '민원회계과' })) as { ok: true; value: { id: number } };
  const staff = (await core.call('staff.save', { name: '홍길동', departmentId: dept.value.id })) as { ok: true; value: { id: number } };
  await app.signInAs(staff.value.id);
  await app.page.goto(app.preview.url + '#/interpretation');
  await app.page.reload();
  // Signed in, the page is drawn once the core has said who is at the PC: on a loaded machine, a while.
  await app.page.getByRole('heading', { name: '통역 지원', level: 2 }).waitFor({ timeout: 30_000 });
});
afterAll(() => app?.close());

/** On the calendar showing `month`: the 15th, 한국수어 by 수어통역사 for 가족관계증명 at 14:00, Enter. */
async function bookSignInterpreterOn15th(month: Date) {
  const { page } = app;
  await page.getByRole('button', { name: new RegExp(`^${month.getMonth() + 1}월 15 일 \\(.\\) 예약 추가$`) }).click();
  const dialog = page.getByRole('dialog', { name: '통역 예약' });
  await expect.poll(() => dialog.getByRole('combobox', { name: '언어' }).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('한국수어');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('수어통역사');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('가족관계');
  await page.keyboard.press('Enter');
  // The time is typed straight through, hours then minutes, on the 24-hour clock.
  await dialog.getByRole('spinbutton', { name: '시각 시' }).click();
  await page.keyboard.type('1400');
  await page.keyboard.press('Enter');
  return dialog;
}

describe('interpretation requests in the preview', () => {
  it('logs a walk-in with the keyboard only: F3, 초성 for the language, the task, Enter', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('통역 지원');
    await page.keyboard.press('F3');
    const dialog = page.getByRole('dialog', { name: '통역 요청 기록' });
    await expect.poll(() => dialog.getByRole('combobox', { name: '언어' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // The usual language is selected on opening, so typing replaces it.
    await page.keyboard.type('ㅂㅌ');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByText(/베트남어 가능 특약관이 명단에 없습니다/).count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('전입');
    await page.keyboard.press('Enter');
    await app.screenshot('interpretation-quick-form');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('통역 요청을 저장했습니다: 베트남어 · 전입신고').count()).toBe(1);
    await expect.poll(() => dialog.count()).toBe(0);

    const today = page.getByRole('table', { name: '이 날의 통역 요청' });
    await expect.poll(() => today.getByRole('row', { name: /베트남어/ }).textContent()).toContain('전입신고');
    expect(await today.getByRole('row', { name: /베트남어/ }).textContent()).toContain('홍길동');
    await expect.poll(() => page.getByLabel('오늘 실적').textContent()).toContain('1건 · 1명');
    await expect.poll(() => page.locator('.mantine-Modal-overlay').count()).toBe(0);
    await app.screenshot('interpretation-today');
  });

  it('refuses a request without its task, in Korean beside the field, and saves nothing', async () => {
    const { page } = app;
    const count = () => app.preview.core.records.sqlite!.prepare('SELECT count(*) AS n FROM interpretation_request').get();
    const before = count();
    await page.keyboard.press('F3');
    const dialog = page.getByRole('dialog', { name: '통역 요청 기록' });
    await expect.poll(() => dialog.getByRole('combobox', { name: '언어' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const task = dialog.getByRole('combobox', { name: '민원 업무' });
    await expect.poll(() => task.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByText('민원 업무를 입력하세요.').count()).toBe(1);
    await app.screenshot('interpretation-refused');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(count()).toEqual(before);
  });

  it('books a sign interpreter for a day next month and shows it on the calendar', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '예약 달력' }).click();
    await page.getByRole('button', { name: '다음 달' }).click();
    const next = addMonths(startOfMonth(new Date(`${deskNow().date}T00:00:00`)), 1);
    await expect.poll(() => page.getByText(format(next, 'yyyy년 M월'), { exact: true }).count()).toBe(1);
    const dialog = await bookSignInterpreterOn15th(next);
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.mantine-Modal-overlay').count()).toBe(0);
    const booking = page.getByRole('button', { name: `${format(next, 'yyyy-MM')}-15 14:00 한국수어 가족관계증명 예약` });
    await expect.poll(() => booking.count()).toBe(1);
    await app.screenshot('interpretation-calendar');
  });

  it('asks before the same booking is saved a second time: 취소 keeps the form, 그래도 저장 saves it', async () => {
    const { page } = app;
    const count = () => (app.preview.core.records.sqlite!.prepare(`SELECT count(*) AS n FROM interpretation_request WHERE language = 'ksl'`).get() as { n: number }).n;
    const next = addMonths(startOfMonth(new Date(`${deskNow().date}T00:00:00`)), 1);
    const dialog = await bookSignInterpreterOn15th(next);
    const question = dialog.getByRole('alertdialog', { name: '같은 통역 요청이 이미 있습니다' });
    const save = dialog.getByRole('button', { name: '저장', exact: true });
    // Answered: the form as it was, nothing sent, and only its own dialog and overlay left (no other
    // dialog, such as the unsaved-input question, opened behind the answer to take the mouse).
    const keptUnsent = async () => {
      await expect.poll(() => question.count()).toBe(0);
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      await expect.poll(() => page.locator('.mantine-Modal-overlay').count()).toBe(1);
      expect(await dialog.getByRole('combobox', { name: '민원 업무' }).inputValue()).toBe('가족관계증명');
      expect(count()).toBe(1);
    };
    await expect.poll(() => question.textContent()).toContain('그래도 저장할까요?');
    expect(await question.textContent()).toContain('14:00 한국수어 · 가족관계증명 (예약');
    await app.screenshot('interpretation-duplicate-question');
    // Enter on the question keeps the form unsent (취소 has the focus).
    await page.keyboard.press('Enter');
    await keptUnsent();
    // The form's own 저장 still takes a mouse click, and asks again.
    await save.click();
    await question.waitFor();
    // Esc answers the question too, without closing the form behind it or asking about its input.
    await page.keyboard.press('Escape');
    await keptUnsent();
    // Two visitors may come for the same thing: the desk can still save it.
    await save.click();
    await question.getByRole('button', { name: '그래도 저장' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.mantine-Modal-overlay').count()).toBe(0);
    expect(count()).toBe(2);
    // Back to one booking for the tests after this one.
    const last = app.preview.core.records.sqlite!.prepare(`SELECT max(id) AS id FROM interpretation_request`).get() as { id: number };
    expect((await app.preview.core.call('interpretation.requests.delete', { id: last.id })).ok).toBe(true);
  });

  it('lists the month with its 건·명 counts and exports the same list to XLSX', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '요청 목록' }).click();
    const list = page.getByRole('table', { name: '통역 요청 목록' });
    await expect.poll(() => list.getByRole('row', { name: /전입신고/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: '언어별 실적' }).getByRole('row', { name: /베트남어/ }).textContent()).toBe('베트남어11');
    await app.screenshot('interpretation-list');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'XLSX 내보내기' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^통역지원_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('통역지원 목록')!;
    const header = (sheet.getRow(5).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['날짜', '시각', '언어', '구분', '지원 방법', '민원 업무']);
    const row = (sheet.getRow(6).values as unknown[]).slice(1);
    expect(row[0]).toBe(deskNow().date);
    expect(row.slice(2, 6)).toEqual(['베트남어', '외국어 통역', '민원통역관(직원)', '전입신고']);
    expect(row[10]).toBe('홍길동');
  });

  it('puts a staff interpreter on the roster, and the quick form suggests them for their language', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '특약관 명단' }).click();
    await page.getByRole('button', { name: '특약관 추가' }).click();
    const dialog = page.getByRole('dialog', { name: '특약관 추가' });
    await dialog.getByRole('combobox', { name: '직원' }).click();
    await page.getByRole('option', { name: '홍길동 (민원회계과)' }).click();
    await dialog.getByLabel('통역 가능 언어').click();
    await page.getByRole('option', { name: '베트남어' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByText('상', { exact: true }).click();
    await dialog.getByLabel('가능 시간·연락').fill('평일 오전, 내선 1234');
    await dialog.getByLabel('가능 시간·연락').press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('table', { name: '외국어 특약관 명단' }).textContent()).toContain('베트남어(상)');

    await page.keyboard.press('F3');
    const form = page.getByRole('dialog', { name: '통역 요청 기록' });
    // 베트남어 is now the usual language, so the form opens on it and names who speaks it.
    await expect.poll(() => form.getByText('베트남어 가능 특약관: 홍길동(상, 평일 오전, 내선 1234)').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);

    await page.getByRole('tab', { name: '통계' }).click();
    await expect.poll(() => page.getByRole('table', { name: '언어별 연도 실적' }).textContent()).toContain('베트남어');
    await app.screenshot('interpretation-stats');
    await page.getByRole('tab', { name: '설정' }).click();
    await expect.poll(() => page.getByRole('table', { name: '지원 방법 목록' }).getByRole('row').count()).toBe(7);
    await app.screenshot('interpretation-settings');
  });

  it('shows the day on the dashboard card', async () => {
    const { page } = app;
    await page.getByRole('link', { name: /^대시보드/ }).click();
    await expect.poll(() => page.getByRole('region', { name: '통역 지원 (오늘)' }).textContent()).toContain('1건 · 1명');
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
