import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateWithWeekday } from '../../shared/korean/deskClock';
import { datesBetween, isWorkingDay } from '../../shared/korean/holidays';
import { openApp, type OpenApp } from './harness';

let app: OpenApp;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app?.close());

// Last month is wholly past, so its shifts can be marked done.
const now = new Date();
const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
const month = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
const monthLabel = `${last.getFullYear()}년 ${last.getMonth() + 1}월`;
const lastDay = new Date(last.getFullYear(), last.getMonth() + 1, 0).getDate();
const workingDays = datesBetween(`${month}-01`, `${month}-${lastDay}`).filter(isWorkingDay);

describe('guide helpers in the preview', () => {
  it('adds a helper, contact masked in the list', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/guides');
    await page.getByRole('tab', { name: '도우미 명단' }).click();
    await page.getByRole('button', { name: '도우미 추가' }).click();
    const dialog = page.getByRole('dialog', { name: '도우미 추가' });
    await dialog.getByLabel('이름').fill('김순자');
    await dialog.getByLabel('연락처').fill('010-2345-6789');
    await dialog.getByLabel('활동 시작일').fill(`${month}-01`);
    await dialog.getByLabel('이름').press('Enter');
    const row = page.getByRole('table', { name: '도우미 명단' }).getByRole('row', { name: /김순자/ });
    await expect.poll(() => row.textContent()).toContain('010-****-6789');
    expect(await row.textContent()).toContain('공공일자리 참여자(노인일자리)');
    expect(await row.textContent()).toContain('10일 · 30시간');
  });

  it('plans last month from a weekday-morning pattern, and the gap flag disappears', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '월간 근무표' }).click();
    await page.getByRole('button', { name: '이전 달' }).click();
    await expect.poll(() => page.getByRole('heading', { name: monthLabel }).count()).toBe(1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '도우미가 없는 근무일' }).textContent()).toContain(`${workingDays.length}일`);
    await expect.poll(() => page.getByText('미배치', { exact: true }).count()).toBe(workingDays.length);

    await page.getByRole('button', { name: '반복 배치' }).click();
    const dialog = page.getByRole('dialog', { name: /반복 배치/ });
    await dialog.getByRole('combobox', { name: '도우미' }).click();
    await page.getByRole('option', { name: '김순자' }).click();
    await dialog.getByRole('button', { name: '미리 보기' }).click();
    await expect.poll(() => dialog.getByRole('region', { name: '배치 미리 보기' }).textContent()).toContain(`새로 만들 근무 ${workingDays.length}건`);
    await app.screenshot('guides-pattern-preview');
    await dialog.getByRole('button', { name: `${workingDays.length}건 배치` }).click();

    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(`이 달 근무일 ${workingDays.length}일 모두 도우미가 배치되었습니다.`);
    expect(await page.getByText('미배치', { exact: true }).count()).toBe(0);
    const calendar = page.getByRole('group', { name: `${monthLabel} 근무표` });
    await expect.poll(() => calendar.getByRole('button', { name: /김순자 · 1층 안내데스크 \(예정\)/ }).count()).toBe(workingDays.length);
  });

  it('marks one shift done and shows the hours against the quota', async () => {
    const { page } = app;
    const calendar = page.getByRole('group', { name: `${monthLabel} 근무표` });
    await calendar.getByRole('button', { name: /김순자 · 1층 안내데스크 \(예정\)/ }).first().click();
    await page.getByRole('dialog', { name: '근무 처리' }).getByRole('button', { name: '완료' }).click();
    await expect.poll(() => calendar.getByRole('button', { name: /\(완료\)/ }).count()).toBe(1);
    const quota = page.getByRole('table', { name: `${monthLabel} 도우미별 계획·완료` }).getByRole('row', { name: /김순자/ });
    await expect.poll(() => quota.textContent()).toContain('1일 · 3시간');
    expect(await quota.textContent()).toContain(`${workingDays.length}일 · ${workingDays.length * 3}시간`);
    await app.screenshot('guides-roster');
    expect(await page.getByText(/점심시간\(12:00–13:00\)을 빼고 셉니다.*종일 09:00–18:00 = 8시간/).count()).toBe(1);

    // The week view: the second week of the month always holds some of its working days.
    await page.locator('label', { hasText: /^주$/ }).click();
    await page.getByRole('button', { name: '다음 주' }).click();
    const week = page.getByRole('group', { name: /^\d+월 \d+일 \(일\) ~ \d+월 \d+일 \(토\) 근무표$/ });
    await expect.poll(() => week.getByText(/^오전 09:00–12:00 김순자 · 1층 안내데스크$/).count()).toBeGreaterThan(0);
    await app.screenshot('guides-roster-week');
    await week.getByRole('button', { name: /일 \(수\) 근무 추가$/ }).click();
    const form = page.getByRole('dialog', { name: /^근무 추가 · \d+월 \d+일 \(수\)$/ });
    await expect.poll(() => form.getByRole('note', { name: '인정 시간' }).textContent()).toBe('09:00–12:00 · 인정 3시간');
    await form.getByRole('button', { name: '취소' }).click();
    await page.locator('label', { hasText: /^월$/ }).click();

    await page.getByRole('tab', { name: '근무 실적' }).click();
    await page.getByRole('button', { name: '이전 달' }).click();
    await expect.poll(() => page.getByText(`${monthLabel} 근무 인정 합계: 연인원 1명 · 3시간`, { exact: false }).count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLSX 내보내기' }).click();
    expect((await download).suggestedFilename()).toBe(`안내도우미_근무실적_${month}.xlsx`);
  });

  it('shows the shifts in the combined 일정 view', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '메뉴' }).getByRole('link', { name: /^일정/ }).click();
    await page.getByRole('button', { name: '이전 달' }).click();
    const calendar = page.getByRole('group', { name: `${monthLabel} 일정` });
    await expect.poll(() => calendar.getByRole('button', { name: /안내 도우미 오전 09:00–12:00 김순자/ }).count()).toBe(workingDays.length);
    await app.screenshot('schedule-month');
    await page.locator('label', { hasText: /^주$/ }).click();
    await expect.poll(() => page.getByText(/안내 도우미 오전 09:00–12:00 김순자 · 1층 안내데스크/).count()).toBeGreaterThan(0);
    await app.screenshot('schedule-week');
    await page.locator('label', { hasText: /^월$/ }).click();
    await page.getByRole('group', { name: '종류' }).getByText('안내 도우미').click();
    await expect.poll(() => calendar.getByRole('button', { name: /김순자/ }).count()).toBe(0);
  });

  it('opens the training form on the day clicked in 일정', async () => {
    const { page } = app;
    // The day's button says its number as a word of its own (3월 10 일), as it shows it; the menu it opens says 3월 10일.
    const dayButton = new RegExp(`^${last.getMonth() + 1}월 10 일 \\(.\\) 일정 추가$`);
    const dayMenu = new RegExp(`^${last.getMonth() + 1}월 10일 \\(.\\) 일정 추가$`);
    await page.getByRole('group', { name: `${monthLabel} 일정` }).getByRole('button', { name: dayButton }).click();
    await page.getByRole('dialog', { name: dayMenu }).getByRole('button', { name: '교육 등록' }).click();
    const form = page.getByRole('dialog', { name: '교육 등록' });
    await expect.poll(() => form.getByLabel('1회차 날짜').inputValue()).toBe(dateWithWeekday(`${month}-10`));
    // The day is taken out of the address, so a reload shows the page without reopening the form.
    expect(new URL(page.url()).hash).toBe('#/trainings');
    await form.getByRole('button', { name: '취소' }).click();
  });

  it('shows on the dashboard who is on duty today and this month’s uncovered working days', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '메뉴' }).getByRole('link', { name: /^대시보드/ }).click();
    const card = page.getByRole('region', { name: '안내 도우미', exact: true });
    await expect.poll(() => card.textContent()).toContain('오늘 배치된 도우미가 없습니다.');
    await expect.poll(() => card.textContent()).toMatch(/도우미 없는 근무일 \d+일|근무일 모두 배치됨/);
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
