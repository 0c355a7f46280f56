import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type OpenApp } from './harness';

let app: OpenApp;

/** Last month: its dates are in the past on every clock, so the month can be closed today. */
const now = new Date();
const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
const year = last.getFullYear();
const monthNo = last.getMonth() + 1;
const monthLabel = `${year}년 ${monthNo}월`;

/** Adds people the way the staff page would, over the preview's own channel route. */
async function callChannel(channel: string, input: unknown) {
  return app.page.evaluate(
    async ([c, i]) => (await fetch(`/api/${encodeURIComponent(c as string)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) })).json(),
    [channel, input] as const,
  );
}

beforeAll(async () => {
  app = await openApp();
  const civil = (await callChannel('departments.save', { name: '민원회계과' })).value;
  const lead = (await callChannel('staff.save', { name: '김팀장', departmentId: civil.id, position: '팀장' })).value;
  await callChannel('staff.save', { name: '홍길동', departmentId: civil.id, position: '주무관' });
  // Same department as 홍길동: once he is picked, the "부서당 월 1명" rule flags her.
  await callChannel('staff.save', { name: '성춘향', departmentId: civil.id, position: '주무관' });
  await app.signInAs(lead.id, 'teamLead');
  await app.page.goto(app.preview.url + '#/kindness');
  await app.page.reload();
  await app.page.getByRole('heading', { name: '친절 으뜸이', level: 2 }).waitFor({ timeout: 30_000 });
});
afterAll(() => app?.close());

describe('친절 으뜸이 in the preview', () => {
  it('enters three nominations for last month from the keyboard', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '이전 달' }).click();
    await expect.poll(() => page.getByTestId('kindness-month').textContent()).toBe(monthLabel);
    const form = page.getByRole('form', { name: '추천 접수' });
    const nominate = async (person: string, source: string, evidence: string) => {
      await form.getByRole('combobox', { name: '추천 대상 직원' }).fill(person);
      await page.getByRole('option', { name: new RegExp(`^${person}`) }).click();
      await form.getByRole('combobox', { name: '추천 경로' }).click();
      await page.getByRole('option', { name: source }).click();
      await form.getByLabel('추천 내용(근거)').fill(evidence);
      await form.getByLabel('추천 내용(근거)').press('Enter');
      await expect.poll(() => page.getByRole('table', { name: '이 달 추천 목록' }).getByText(evidence).count()).toBe(1);
    };
    await nominate('홍길동', '주민 칭찬(칭찬카드)', '칭찬카드: 어르신 등본 발급을 끝까지 도움');
    await nominate('홍길동', '만족도 조사', '민원 만족도 조사 최고점');
    await nominate('성춘향', '동료·부서장 추천', '세무 상담 중 통역 연결까지 챙김');
    const rows = page.getByRole('table', { name: '이 달 추천 목록' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.nth(1).textContent()).toContain('김팀장');
  });

  it('opens the month board sorted by score, rates, picks with a reason, picks a flagged person as an exception and confirms the month', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '월간 심사표' }).click();
    const board = page.getByRole('table', { name: '월간 심사표' });
    const names = () => board.getByRole('row').evaluateAll((rs) => rs.slice(1).map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''));
    // 홍길동: card 3 + survey 2 = 5; 성춘향: peer 2.
    await expect.poll(names).toEqual(['홍길동민원회계과 · 주무관', '성춘향민원회계과 · 주무관']);

    await page.getByRole('combobox', { name: '성춘향 친절도 평점' }).click();
    await page.getByRole('option', { name: '4' }).click();
    // 성춘향: 2 + 1×4 = 6 now leads.
    await expect.poll(names).toEqual(['성춘향민원회계과 · 주무관', '홍길동민원회계과 · 주무관']);
    await expect.poll(() => board.getByRole('row', { name: '성춘향 심사' }).textContent()).toContain('추천 2 + 심사 4');

    await page.getByRole('button', { name: '홍길동 선정' }).click();
    const dialog = page.getByRole('dialog', { name: '홍길동 선정' });
    await dialog.getByLabel('선정 사유').fill('칭찬카드와 만족도 조사 최고점');
    await dialog.getByLabel('선정 사유').press('Enter');
    await expect.poll(() => board.getByRole('row', { name: '홍길동 심사' }).textContent()).toContain('칭찬카드와 만족도 조사 최고점');

    // The rules now flag 성춘향 and say why; the team lead may still pick her, but only as an explicit exception.
    const sung = board.getByRole('row', { name: '성춘향 심사' });
    await expect.poll(() => sung.textContent()).toContain('같은 부서에서 이미 1명 선정(부서당 월 1명까지)');
    await page.getByRole('button', { name: '성춘향 선정' }).click();
    const exceptionDialog = page.getByRole('dialog', { name: '성춘향 선정' });
    expect(await exceptionDialog.textContent()).toContain('같은 부서에서 이미 1명 선정(부서당 월 1명까지)');
    const reason = exceptionDialog.getByLabel('선정 사유');
    await reason.fill('통역 연결까지 챙긴 사례가 뛰어나 부서 한도를 넘어 선정');
    await reason.press('Enter');
    const box = exceptionDialog.getByRole('checkbox', { name: '규칙 예외로 선정' });
    await expect.poll(() => box.getAttribute('aria-invalid')).toBe('true');
    expect(await exceptionDialog.textContent()).toContain("그래도 선정하려면 '규칙 예외로 선정'에 표시하고");
    await app.screenshot('kindness-pick-exception');
    await box.press('Space');
    expect(await box.isChecked()).toBe(true);
    await reason.press('Enter');
    await expect.poll(() => sung.textContent()).toContain('선정(규칙 예외)');
    expect(await sung.textContent()).toContain('예외(같은 부서에서 이미 1명 선정(부서당 월 1명까지))');
    await app.screenshot('kindness-board');

    await page.getByRole('button', { name: `${monthLabel} 확정` }).click();
    await page.getByRole('dialog', { name: `${monthLabel} 확정` }).getByRole('button', { name: '확정' }).click();
    await expect.poll(() => page.getByText(`${monthLabel} 확정됨`).count()).toBe(1);
    expect(await page.getByRole('button', { name: '성춘향 선정 취소' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: '성춘향 친절도 평점' }).isDisabled()).toBe(true);

    await page.getByRole('tab', { name: '추천 접수' }).click();
    await expect.poll(() => page.getByText('확정된 달입니다').count()).toBe(1);
    expect(await page.getByRole('form', { name: '추천 접수' }).count()).toBe(0);
  });

  it('shows the pick in the history, by department and person, and the line for the report', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '선정 이력' }).click();
    await page.getByRole('combobox', { name: '연도' }).click();
    await page.getByRole('option', { name: `${year}년 (2명)` }).click();
    const row = page.getByRole('table', { name: '월별 선정 이력' }).getByRole('row', { name: new RegExp(`^${monthLabel}`) });
    await expect.poll(() => row.textContent()).toContain('홍길동(민원회계과·주무관)');
    expect(await row.textContent()).toContain('성춘향(민원회계과·주무관)예외(같은 부서에서 이미 1명 선정(부서당 월 1명까지))');
    expect(await row.textContent()).toContain('확정');
    expect(await page.getByRole('table', { name: '부서별 선정 인원' }).textContent()).toBe('민원회계과2명');
    // Last month is confirmed and nothing after it: its year reads "N월 현재" unless it was December.
    const expected =
      monthNo === 12 ? `- ${year}년 : 2명 / ${year + 1}년 1월 현재 : 0명` : `- ${year}년 ${monthNo}월 현재 : 2명`;
    await expect.poll(() => page.getByTestId('kindness-year-line').textContent()).toBe(expected);
    await app.screenshot('kindness-history');
  });

  it('prints the announcement list and exports it to XLSX that reads back', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '발표 명단' }).click();
    const list = page.getByRole('table', { name: '발표 명단' });
    await expect
      .poll(() => list.getByRole('row').nth(1).textContent())
      .toBe(`${monthLabel}민원회계과주무관성춘향통역 연결까지 챙긴 사례가 뛰어나 부서 한도를 넘어 선정예외(같은 부서에서 이미 1명 선정(부서당 월 1명까지))`);
    expect(await list.getByRole('row').nth(2).textContent()).toBe(`${monthLabel}민원회계과주무관홍길동칭찬카드와 만족도 조사 최고점`);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: '인쇄' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '메뉴' }).isVisible()).toBe(false);
    expect(await page.getByRole('tab', { name: '발표 명단' }).isVisible()).toBe(false);
    expect(await list.isVisible()).toBe(true);
    // On paper the list takes the whole width (the menu's space goes once the layout settles).
    await expect.poll(() => list.evaluate((t) => t.getBoundingClientRect().left)).toBe(0);
    await app.screenshot('kindness-announcement-print');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'XLSX 내려받기' }).click()]);
    const pad = String(monthNo).padStart(2, '0');
    expect(download.suggestedFilename()).toBe(`친절으뜸이_선정명단_${year}-${pad}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const values = book.getWorksheet('발표 명단')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(values.slice(-3)).toEqual([
      ['선정 월', '부서', '직위', '성명', '선정 사유', '비고'],
      [monthLabel, '민원회계과', '주무관', '성춘향', '통역 연결까지 챙긴 사례가 뛰어나 부서 한도를 넘어 선정', '예외(같은 부서에서 이미 1명 선정(부서당 월 1명까지))'],
      [monthLabel, '민원회계과', '주무관', '홍길동', '칭찬카드와 만족도 조사 최고점'],
    ]);
  });

  it('shows the rules on the 기준 설정 tab, and this month on the dashboard card', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '기준 설정' }).click();
    await expect.poll(() => page.getByLabel(/재선정 제한 기간/).inputValue()).toBe('6');
    expect(await page.getByRole('textbox', { name: '해결 정도 항목명' }).inputValue()).toBe('해결 정도');
    await app.screenshot('kindness-criteria');

    await page.getByRole('link', { name: /^대시보드/ }).click();
    const card = page.getByRole('region', { name: '친절 으뜸이 현황' });
    await expect.poll(() => card.textContent()).toContain(`친절 으뜸이 · ${now.getFullYear()}년 ${now.getMonth() + 1}월`);
    expect(await card.textContent()).toContain('추천 0건 (대상 0명)');
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
