import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDNESS_SOURCES } from '../../shared/contract/kindness';
import { deskNow } from '../../shared/korean/deskClock';
import { openApp, type OpenApp } from './harness';

/**
 * The desk's flows with the keyboard alone: no click anywhere, only the keys a person at the desk would
 * press (F-keys, Alt+number for the menu, Tab and Shift+Tab, typing, arrows, Enter, Space, Esc). Each
 * flow the other e2e files drive with the mouse is done here once this way, and so is the undo of the
 * desk's last lend, return and interpretation request.
 */

let app: OpenApp;
const sqlite = () => app.preview.core.records.sqlite!;
const one = <T>(query: string) => sqlite().prepare(query).get() as T;

beforeAll(async () => {
  app = await openApp();
  const core = app.preview.core;
  const must = async (channel: string, input: unknown) => {
    const result = await core.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as { id: number };
  };
  const dept = await must('departments.save', { name: '민원회계과' });
  const clerk = await must('staff.save', { name: '김담당', departmentId: dept.id, position: '주무관' });
  await must('staff.save', { name: '성춘향', departmentId: dept.id, position: '주무관' });
  // A 팀장 at the desk: the training flow below is theirs to make.
  await app.signInAs(clerk.id, 'teamLead');
  for (const assetNumber of ['W-01', 'W-02']) await must('loans.saveWheelchair', { assetNumber, kind: 'manual' });
  await app.page.goto(app.preview.url + '#/loans');
  await app.page.getByRole('heading', { name: '휠체어 대여', level: 2 }).waitFor();
}, 120_000);
afterAll(() => app?.close());

/** A busy PC (the desk's, or this test machine) may take a while to open a dialog: waits up to 20 s. */
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });

const isFocused = async (target: Locator) => (await target.count()) > 0 && (await target.first().evaluate((el) => el === document.activeElement));

/** Tab (or Shift+Tab) until `target` has the focus: what a keyboard user does, and proof it can be reached. */
async function tabTo(target: Locator, { backwards = false, max = 200 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await app.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function lendByKeyboard(name: string, phone: string) {
  const { page } = app;
  await page.keyboard.press('F2');
  const dialog = page.getByRole('dialog', { name: '휠체어 대여 (F2)' });
  await eventually(() => isFocused(dialog.getByLabel('대여자 성명'))).toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(phone);
  await page.keyboard.press('Tab'); // 대여자 구분: 본인
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // 개인정보 수집·이용 동의
  await page.keyboard.press('Enter');
  await eventually(() => dialog.getByText('대여를 기록했습니다').count()).toBe(1);
  return dialog;
}

describe('the desk with the keyboard only', () => {
  it('F2 lends, and the loan is taken back from the same dialog within 10 minutes: the board and the figures follow', async () => {
    const { page } = app;
    const dialog = await lendByKeyboard('홍길동', '010-1234-5678');
    expect(one('SELECT count(*) AS n FROM loan')).toEqual({ n: 1 });
    // 닫기 has the focus; the undo is one Shift+Tab stop away, as the visitor is still at the desk.
    await tabTo(dialog.getByRole('button', { name: /^대여 취소/ }), { backwards: true });
    await page.keyboard.press('Enter');
    await eventually(() => dialog.count()).toBe(0);
    await eventually(() => page.getByText(/^W-0\d 대여를 취소했습니다/).count()).toBe(1);
    expect(one('SELECT count(*) AS n FROM loan')).toEqual({ n: 0 });
    const out = page.getByRole('table', { name: '대여 중 목록' });
    await eventually(() => out.count()).toBe(0);
    const board = (await app.preview.core.call('loans.board', {})) as { ok: true; value: { lentToday: number; free: unknown[] } };
    expect(board.value).toMatchObject({ lentToday: 0, free: [expect.anything(), expect.anything()] });
    await app.screenshot('keyboard-lend-undone');

    // The real loan, closed with Enter on 닫기.
    const again = await lendByKeyboard('홍길동', '010-1234-5678');
    await page.keyboard.press('Enter');
    await eventually(() => again.count()).toBe(0);
  });

  it('F4 returns by 초성, and the return is taken back from its notification: the loan is open again', async () => {
    const { page } = app;
    await page.keyboard.press('F4');
    const dialog = page.getByRole('dialog', { name: '휠체어 반납 (F4)' });
    await eventually(() => isFocused(dialog.getByRole('combobox', { name: '반납할 대여' }))).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ㅎㄱㄷ');
    await eventually(() => page.getByRole('option').allTextContents()).toEqual([expect.stringMatching(/^W-0\d · 홍\*동/)]);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText(/^W-0\d 반납을 기록했습니다\.$/).count()).toBe(1);
    expect(one('SELECT count(*) AS n FROM loan WHERE returned_at IS NOT NULL')).toEqual({ n: 1 });

    await tabTo(page.getByRole('button', { name: /^W-0\d 반납 취소$/ }));
    await app.screenshot('keyboard-return-undo');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText(/반납을 취소했습니다\. 다시 대여 중입니다\./).count()).toBe(1);
    expect(one('SELECT count(*) AS n FROM loan WHERE returned_at IS NULL')).toEqual({ n: 1 });
    await eventually(() => page.getByRole('table', { name: '대여 중 목록' }).getByRole('row').count()).toBe(2);
    const board = (await app.preview.core.call('loans.board', {})) as { ok: true; value: { returnedToday: number } };
    expect(board.value.returnedToday).toBe(0);
  });

  it('F3 logs an interpretation request, and its notification takes it back: 오늘 실적 goes back to 0건', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+3');
    await eventually(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('통역 지원');
    await page.keyboard.press('F3');
    const dialog = page.getByRole('dialog', { name: '통역 요청 기록' });
    await eventually(() => isFocused(dialog.getByRole('combobox', { name: '언어' }))).toBe(true);
    await page.keyboard.type('ㅂㅌ');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('전입');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText('통역 요청을 저장했습니다: 베트남어 · 전입신고').count()).toBe(1);
    await eventually(() => page.getByLabel('오늘 실적').textContent()).toContain('1건 · 1명');

    await tabTo(page.getByRole('button', { name: '저장 취소' }));
    await page.keyboard.press('Enter');
    await eventually(() => page.getByText('통역 요청을 취소했습니다: 베트남어 · 전입신고').count()).toBe(1);
    expect(one('SELECT count(*) AS n FROM interpretation_request')).toEqual({ n: 0 });
    await eventually(() => page.getByLabel('오늘 실적').textContent()).toContain('0건 · 0명');
  });

  it('registers a training: Alt+5, Tab to 교육 등록, type, Enter, Esc', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+5');
    await eventually(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('교육·힐링');
    await tabTo(page.getByRole('button', { name: '교육 등록' }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: '교육 등록' });
    await eventually(() => isFocused(form.getByLabel('교육명'))).toBe(true);
    await page.keyboard.type('키보드로 등록한 친절교육');
    await tabTo(form.getByLabel('1회차 날짜'));
    await page.keyboard.type('20240318');
    await tabTo(form.getByLabel('1회차 장소'));
    await page.keyboard.type('구청 대강당');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('dialog', { name: '교육 상세·출석' });
    await detail.waitFor();
    expect(one(`SELECT t.title, s.date, s.place FROM training t JOIN training_session s ON s.training_id = t.id`)).toEqual({
      title: '키보드로 등록한 친절교육',
      date: '2024-03-18',
      place: '구청 대강당',
    });
    await page.keyboard.press('Escape');
    await eventually(() => detail.count()).toBe(0);
  });

  it('takes a kindness nomination: Alt+6, 초성 for the person, arrows for the source, Enter', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+6');
    const form = page.getByRole('form', { name: '추천 접수' });
    await tabTo(form.getByRole('combobox', { name: '추천 대상 직원' }));
    await page.keyboard.type('ㅅㅊㅎ');
    await page.keyboard.press('Enter');
    await eventually(() => form.getByRole('combobox', { name: '추천 대상 직원' }).inputValue()).toMatch(/^성춘향/);
    await tabTo(form.getByRole('combobox', { name: '추천 경로' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(form.getByLabel('추천 내용(근거)'));
    await page.keyboard.type('민원인 서류를 끝까지 챙겨 줌');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('table', { name: '이 달 추천 목록' }).getByText('민원인 서류를 끝까지 챙겨 줌').count()).toBe(1);
    expect(one(`SELECT source, received_on AS day FROM kindness_nomination`)).toEqual({ source: KINDNESS_SOURCES[1], day: deskNow().date });
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
