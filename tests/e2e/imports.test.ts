import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type OpenApp } from './harness';

let app: OpenApp;
let cardId = 0;
const must = async (channel: string, input: unknown) => {
  const result = await app.preview.core.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: number };
};

/** The office's old wheelchair book: a merged title, its own header words, a serial date, and two bad rows. */
async function oldLedger(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('2026년');
  sheet.addRow(['2026년 휠체어 대여 대장', null, null]);
  sheet.mergeCells('A1:C1');
  sheet.addRow(['휠체어 번호', '빌린 날', '반납일자']);
  sheet.addRow(['W-01', '2026.3.4.', '2026-03-05']);
  sheet.addRow(['W-02', 46087, '2026-03-10']); // 46087 = 2026-03-06, as Excel keeps a date
  sheet.addRow(['W-01', '2026-03-04', '2026-03-06']); // W-01 is already out that day
  sheet.addRow(['W-03', '2026-02-30', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  app = await openApp();
  const dept = await must('departments.save', { name: '민원회계과' });
  const lead = await must('staff.save', { name: '김팀장', departmentId: dept.id, position: '팀장' });
  await app.signInAs(lead.id, 'teamLead');
  await must('loans.saveWheelchair', { assetNumber: 'W-01', kind: 'manual' });
  cardId = (
    await must('pledge.saveCard', {
      areaCode: '열린구정', areaNumber: '2-1', title: '소통과 공감의 고품격 민원서비스 제공', status: '이행 후 계속추진', businessType: '임기내사업',
      funding: '자체사업', departmentId: dept.id, team: '', extension: '', projectFrom: '2022-07-01', projectTo: '2026-06-30', contents: '내용',
      budgetNote: '', effects: '', plans: '', termFrom: '2022-07', termTo: '2026-06',
    })
  ).id;
  await app.page.goto(app.preview.url + '#/imports');
  await app.page.getByRole('heading', { name: '가져오기', level: 2 }).waitFor();
});
afterAll(() => app?.close());

describe('bringing in the office’s old ledgers, in the preview', () => {
  it('imports an XLSX of loans through the wizard, bad rows shown and skipped, and the ledger has them', async () => {
    const { page } = app;
    const fileForm = page.getByRole('form', { name: '가져올 파일' });
    await fileForm.locator('input[type="file"]').setInputFiles({ name: '휠체어 대여대장.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await oldLedger() });
    await fileForm.getByRole('button', { name: '읽기' }).click();

    // The columns as matched: 빌린 날 is 대여일.
    const columns = page.getByRole('region', { name: '열 연결' });
    await expect.poll(() => columns.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toContain('B열 · 빌린 날');
    const rows = page.getByRole('table', { name: '가져올 줄' });
    await expect.poll(() => rows.getByRole('row').count()).toBe(5);
    await expect.poll(() => rows.getByRole('row', { name: '5행' }).textContent()).toMatch(/'W-01' 휠체어가 같은 때에 두 번 대여되었습니다/);
    expect(await rows.getByRole('row', { name: '6행' }).textContent()).toContain("달력에 없는 날짜입니다: '2026-02-30'.");
    expect(await rows.getByRole('row', { name: '4행' }).textContent()).toContain('2026-03-06 09:00');
    await app.screenshot('imports-preview');

    // Saving a file with problems asks to skip them first.
    const saveForm = page.getByRole('form', { name: '가져오기 저장' });
    await saveForm.getByRole('button', { name: '4. 2줄 저장' }).click();
    await expect.poll(() => saveForm.getByText(/문제가 있는 줄이 2개 있습니다/).count()).toBe(1);
    await saveForm.getByLabel('문제 있는 2줄은 건너뛰고 저장').check();
    await saveForm.getByRole('button', { name: '4. 2줄 저장' }).click();
    const report = page.getByRole('alert', { name: '가져오기 결과' });
    await expect.poll(() => report.textContent()).toMatch(/2줄을 가져왔습니다\. 이미 가져온 줄 0, 건너뛴 줄 2\./);
    expect(await report.textContent()).toContain('5행 건너뜀');
    await app.screenshot('imports-report');

    await page.goto(app.preview.url + '#/loans');
    await page.getByRole('tab', { name: '대여 대장' }).click();
    const ledger = page.getByRole('table', { name: '대여 대장' });
    await expect.poll(() => ledger.getByRole('row').count()).toBe(3);
    expect(await ledger.textContent()).toContain('W-02');
    // Where each came from, on the ledger.
    await expect.poll(() => page.getByLabel('가져온 기록의 출처').textContent()).toContain('2026-03-06 W-02 ← 휠체어 대여대장.xlsx · 2026년 · 4행');
  });

  it('enters an earlier total, lists it with its source, and the card counts it', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/imports');
    await page.getByRole('tab', { name: '이전 집계' }).click();
    const form = page.getByRole('form', { name: '이전 집계 입력' });
    await form.getByRole('textbox', { name: '연도 또는 월' }).fill('2025');
    await form.getByRole('textbox', { name: '건수(건)' }).fill('40');
    await form.getByRole('textbox', { name: '출처' }).fill('2025년 민원실 운영 실적 보고');
    await form.getByRole('button', { name: '이전 집계 저장' }).click();
    const list = page.getByRole('table', { name: '이전 집계 목록' });
    await expect.poll(() => list.getByRole('row', { name: '휠체어 대여 2025년' }).textContent()).toContain('2025년 민원실 운영 실적 보고');

    // A month that has records is refused, in Korean, beside the period.
    await form.getByRole('textbox', { name: '연도 또는 월' }).fill('2026-03');
    await form.getByRole('textbox', { name: '건수(건)' }).fill('3');
    await form.getByRole('button', { name: '이전 집계 저장' }).click();
    await expect.poll(() => form.getByText(/2026년 3월에는 휠체어 대여 기록이 2건 있어 이전 집계를 넣을 수 없습니다/).count()).toBe(1);
    await app.screenshot('imports-earlier-totals');

    const section = (await app.preview.core.call('pledge.section', { cardId, from: '2022-07-01', to: '2026-06-30' })) as { ok: true; value: { lines: { key: string; text: string }[] } };
    expect(section.value.lines.find((l) => l.key === 'services:wheelchair')?.text).toBe('휠체어 대여 : 2025년 40건 / 2026년 6월 현재 2건');
  });
});
