import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { areas } from '../../renderer/app/areas';
import { deskNow } from '../../shared/korean/deskClock';
import { addDays } from '../../shared/korean/holidays';
import { seedOffice } from '../helpers/contractCases';
import { axeFindings, type Finding } from './axe';
import { openApp, type OpenApp } from './harness';

/**
 * Axe over the whole app as an office uses it: every menu and each of its tabs with records on them,
 * and the forms and dialogs the desk opens. Serious and critical findings fail; every finding is
 * printed in the summary, so the minor ones stay in sight too.
 */

let app: OpenApp;
const today = deskNow().date;
const thisMonth = today.slice(0, 7);
const summary: Record<string, string> = {};

async function must(channel: string, input: unknown) {
  const result = await app.preview.core.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: number };
}

/** The office of the contract tests (2024–2025), and this month's records on top, so today's boards are not empty. */
async function seedThisMonth() {
  await seedOffice((channel, input) => app.preview.core.call(channel, input));
  const welfare = await must('departments.save', { name: '복지정책과' });
  await must('staff.save', { name: '이몽룡', departmentId: welfare.id, position: '주무관' });
  const w2 = await must('loans.saveWheelchair', { assetNumber: 'W-02', kind: 'manual' });
  const w3 = await must('loans.saveWheelchair', { assetNumber: 'W-03', kind: 'electric' });
  await must('loans.saveWheelchair', { assetNumber: 'W-04', kind: 'manual' });
  const lend = { borrowerPhone: '010-2222-3333', relation: 'self', consent: true, idChecked: true, purpose: 'outside', lentBy: 1, note: '' };
  // Lent at midnight: a lend cannot start later than now, and the suite may run in the small hours.
  await must('loans.lend', { ...lend, wheelchairId: w2.id, borrowerName: '이영희', startDate: today, startTime: '00:00' });
  await must('loans.lend', { ...lend, wheelchairId: w3.id, borrowerName: '성춘향', borrowerPhone: '010-4444-5555', startDate: addDays(today, -20), startTime: '10:00' });
  const request = { time: '10:30', languageNote: '', nationality: '', methodId: 1, task: '전입신고', minutes: 15, people: 1, staffId: 1, interpreterId: null, note: '' };
  await must('interpretation.requests.save', { ...request, date: today, language: 'vi', status: '완료', outcome: '처리 완료' });
  await must('interpretation.requests.save', { ...request, date: addDays(today, 7), language: 'ksl', status: '예약', outcome: null });
  const helper = await must('guides.saveHelper', { name: '김순자', contact: '010-2345-6789', kind: 'seniorJob', activeFrom: `${Number(today.slice(0, 4)) - 1}-01-01`, quotaHoursPerDay: 3, quotaDaysPerMonth: 10 });
  await must('guides.applyPattern', { from: `${thisMonth}-01`, until: addDays(`${thisMonth}-01`, 27), weekdays: [1, 3, 5], slots: ['morning'], post: '1층 안내데스크', helperId: helper.id, includeNonWorkingDays: false });
  const training = await must('trainings.save', { title: '올해 직원 친절교육', kind: 'kindness', instructor: '김강사', attendanceMode: 'person', note: '', sessions: [{ date: today, startTime: '14:00', endTime: '16:00', place: '구청 대강당' }] });
  const detail = (await app.preview.core.call('trainings.get', { id: training.id })) as { ok: true; value: { sessions: { id: number }[] } };
  await must('trainings.recordAttendance', { sessionId: detail.value.sessions[0].id, entries: [{ staffId: 1, status: 'present' }] });
  await must('healing.save', { date: today, place: '구청 옥상정원', activity: '명상', participants: 12, participantStaffIds: [], costWon: 0, note: '' });
  await must('kindness.saveNomination', { month: thisMonth, staffId: 1, source: 'resident_card', evidence: '칭찬카드: 어르신 등본 발급을 끝까지 도움', receivedOn: today, enteredById: 1 });
}

beforeAll(async () => {
  // The contract tests' office does its own first run (its 관리자 홍길동 signs in): the screen shows them once reloaded.
  app = await openApp({ signedIn: false });
  await seedThisMonth();
  await app.page.reload();
}, 120_000);
afterAll(async () => {
  console.log(`axe summary (impact: rule×nodes)\n${Object.entries(summary).map(([k, v]) => `${k}: ${v}`).join('\n')}`);
  await app?.close();
});

beforeEach(() => {
  found = [];
});
// A test that stopped half-way must not leave its dialog over the next test's page.
afterEach(async () => {
  const open = app.page.getByRole('dialog');
  for (let i = 0; i < 4 && (await open.count()) > 0; i++) {
    const question = app.page.getByRole('dialog', { name: '저장하지 않은 입력이 있습니다' });
    if ((await question.count()) > 0) await question.getByRole('button', { name: '버리기' }).click();
    else await app.page.keyboard.press('Escape');
    await app.page.waitForTimeout(300);
  }
});

const describeFindings = (findings: Finding[]) =>
  findings.length === 0 ? 'none' : findings.map((f) => `${f.impact} ${f.rule}×${f.nodes}`).join(', ');

async function record(where: string, within?: string) {
  const findings = await axeFindings(app.page, within);
  summary[where] = describeFindings(findings);
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical').map((f) => ({ where, ...f }));
}

/** What this test found so far that fails it; judged at its end, after the dialog is closed again. */
let found: Awaited<ReturnType<typeof record>> = [];

/** Axe over the open dialog (or the page), its findings kept for the summary and for the end of the test. */
async function check(where: string, within = '[role="dialog"]') {
  found.push(...(await record(where, within)));
}

function expectNothingBlocking() {
  expect(found, JSON.stringify(found, null, 2)).toEqual([]);
}

/** Esc until the dialog is gone (a first Esc may only close a list inside it), dropping whatever was typed. */
async function closeWithEscape(dialog: ReturnType<Page['getByRole']>) {
  const { page } = app;
  const question = page.getByRole('dialog', { name: '저장하지 않은 입력이 있습니다' });
  for (let i = 0; i < 4 && (await dialog.count()) > 0; i++) {
    if ((await question.count()) > 0) await question.getByRole('button', { name: '버리기' }).click();
    else await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
  await expect.poll(() => dialog.count()).toBe(0);
}

async function openArea(page: Page, path: string) {
  await page.goto(`${app.preview.url}#${path}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  // Let the page's channels answer, so axe sees the records and not "불러오는 중".
  await page.waitForLoadState('networkidle');
}

describe('the way in from the keyboard', () => {
  it('makes 본문 바로가기 the first stop of Tab, and it lands on the page past the header and the menu', async () => {
    const { page } = app;
    await openArea(page, '/loans');
    // A page just opened, nothing focused yet: the first Tab a keyboard user presses. (A click somewhere in
    // the header would move Tab's starting point past the link, which is not what this is about.)
    await page.reload();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '본문 바로가기' });
    const focused = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
    await expect.poll(focused, { message: 'the first Tab' }).toMatch(/^<a class="skip-link"/);
    // Shown once it has the focus, so a sighted keyboard user sees where they are.
    expect(await skip.isVisible()).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(focused, { message: 'Enter on the link' }).toMatch(/^<main /);
    expect(new URL(page.url()).hash).toBe('#/loans');
    // The next Tab goes into the page itself, not back to the header or the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await app.screenshot('skip-link');
  });
});

describe('every page, every tab', () => {
  for (const area of areas) {
    it(`${area.label}`, async () => {
      const { page } = app;
      await openArea(page, area.path);
      found.push(...(await record(area.label)));
      // For the closing note: this year's months against last year's, each chart with its table.
      if (area.path === '/') await app.screenshot('dashboard-charts');
      const tabs = page.getByRole('main').getByRole('tab');
      const names = await tabs.allTextContents();
      for (const [i, name] of names.entries()) {
        await tabs.nth(i).click();
        await page.waitForLoadState('networkidle');
        found.push(...(await record(`${area.label} › ${name}`)));
      }
      expectNothingBlocking();
    }, 180_000);
  }
});

describe('the desk forms and the dialogs', () => {
  it('F2 대여, its refusals and the discard question', async () => {
    const { page } = app;
    await openArea(page, '/loans');
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: '휠체어 대여 (F2)' });
    await dialog.getByLabel('대여자 성명').waitFor();
    await check('F2 휠체어 대여');
    await page.keyboard.type('홍길동');
    await dialog.getByRole('textbox', { name: '연락처' }).fill('010-12');
    await dialog.getByRole('textbox', { name: '대여일' }).fill('2026.13.1');
    await dialog.getByLabel('대여자 성명').press('Enter');
    await expect.poll(() => dialog.getByRole('textbox', { name: '연락처' }).getAttribute('aria-invalid')).toBe('true');
    await check('F2 휠체어 대여 (오류 표시)');
    await app.screenshot('form-several-errors');
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: '저장하지 않은 입력이 있습니다' });
    await question.waitFor();
    await check('버릴지 묻는 창');
    await question.getByRole('button', { name: '버리기' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expectNothingBlocking();
  });

  it('F4 반납', async () => {
    const { page } = app;
    await page.keyboard.press('F4');
    const dialog = page.getByRole('dialog', { name: '휠체어 반납 (F4)' });
    await dialog.getByRole('combobox', { name: '반납할 대여' }).waitFor();
    await check('F4 휠체어 반납');
    await closeWithEscape(dialog);
    expectNothingBlocking();
  });

  it('F3 통역 요청 기록', async () => {
    const { page } = app;
    await openArea(page, '/interpretation');
    await page.keyboard.press('F3');
    const dialog = page.getByRole('dialog', { name: '통역 요청 기록' });
    await dialog.getByRole('combobox', { name: '언어' }).waitFor();
    await check('F3 통역 요청 기록');
    await closeWithEscape(dialog);
    expectNothingBlocking();
  });

  it('통역: a booking from the calendar and a staff interpreter', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '예약 달력' }).click();
    const day = Number(today.slice(8, 10));
    await page.getByRole('button', { name: new RegExp(`^${Number(today.slice(5, 7))}월 ${day} 일 \\(.\\) 예약 추가$`) }).click();
    const booking = page.getByRole('dialog', { name: '통역 예약' });
    await booking.getByRole('combobox', { name: '언어' }).waitFor();
    await check('통역 예약');
    await closeWithEscape(booking);
    await page.getByRole('tab', { name: '특약관 명단' }).click();
    await page.getByRole('button', { name: '특약관 추가' }).click();
    const interpreter = page.getByRole('dialog', { name: '특약관 추가' });
    await interpreter.getByRole('combobox', { name: '직원' }).waitFor();
    await check('특약관 추가');
    await closeWithEscape(interpreter);
    expectNothingBlocking();
  });

  it('휠체어: a wheelchair’s history', async () => {
    const { page } = app;
    await openArea(page, '/loans');
    await page.getByRole('tab', { name: '휠체어 관리' }).click();
    await page.getByRole('button', { name: 'W-02 이력' }).click();
    const history = page.getByRole('dialog', { name: 'W-02 상태 이력' });
    await history.waitFor();
    await check('휠체어 상태 이력');
    await closeWithEscape(history);
    expectNothingBlocking();
  });

  it('안내 도우미: a helper, a shift, its actions and the month pattern', async () => {
    const { page } = app;
    await openArea(page, '/guides');
    await page.getByRole('button', { name: '근무 추가', exact: true }).click();
    const shift = page.getByRole('dialog', { name: /^근무 추가 · / });
    await shift.waitFor();
    await check('근무 추가');
    await shift.getByRole('button', { name: '취소' }).click();
    await expect.poll(() => shift.count()).toBe(0);
    await page.getByRole('button', { name: /김순자 · 1층 안내데스크 \(예정\)/ }).first().click();
    const actions = page.getByRole('dialog', { name: '근무 처리' });
    await actions.waitFor();
    await check('근무 처리');
    await closeWithEscape(actions);
    await page.getByRole('button', { name: '반복 배치' }).click();
    const pattern = page.getByRole('dialog', { name: /반복 배치/ });
    await pattern.waitFor();
    await check('반복 배치');
    await closeWithEscape(pattern);
    await page.getByRole('tab', { name: '도우미 명단' }).click();
    await page.getByRole('button', { name: '도우미 추가' }).click();
    const helper = page.getByRole('dialog', { name: '도우미 추가' });
    await helper.getByLabel('이름').waitFor();
    await check('도우미 추가');
    await closeWithEscape(helper);
    expectNothingBlocking();
  });

  it('교육·힐링: a training, its attendance, a healing program', async () => {
    const { page } = app;
    await openArea(page, '/trainings');
    await page.getByRole('button', { name: '교육 등록' }).click();
    const form = page.getByRole('dialog', { name: '교육 등록' });
    await form.getByLabel('교육명').waitFor();
    await check('교육 등록');
    await closeWithEscape(form);
    await page.getByRole('button', { name: '올해 직원 친절교육 열기·출석' }).click();
    const detail = page.getByRole('dialog', { name: '교육 상세·출석' });
    await detail.waitFor();
    await check('교육 상세·출석');
    await detail.getByRole('button', { name: '닫기' }).first().click();
    await expect.poll(() => detail.count()).toBe(0);
    await page.getByRole('tab', { name: '힐링프로그램' }).click();
    await page.getByRole('button', { name: '힐링프로그램 등록' }).click();
    const healing = page.getByRole('dialog', { name: '힐링프로그램 등록' });
    await healing.getByLabel('장소').waitFor();
    await check('힐링프로그램 등록');
    await closeWithEscape(healing);
    expectNothingBlocking();
  });

  it('친절 으뜸이: picking a person', async () => {
    const { page } = app;
    await openArea(page, '/kindness');
    await page.getByRole('tab', { name: '월간 심사표' }).click();
    await page.getByRole('button', { name: '홍길동 선정' }).click();
    const pick = page.getByRole('dialog', { name: '홍길동 선정' });
    await pick.getByLabel('선정 사유').waitFor();
    await check('으뜸이 선정');
    await closeWithEscape(pick);
    expectNothingBlocking();
  });

  it('공약 실적: a certification round', async () => {
    const { page } = app;
    await openArea(page, '/pledge');
    await page.getByRole('tab', { name: '재인증' }).click();
    await page.getByRole('button', { name: '인증 회차 추가' }).click();
    const round = page.getByRole('dialog', { name: '인증 회차 추가' });
    await round.getByLabel('재인증 신청 날짜').waitFor();
    await check('인증 회차 추가');
    await closeWithEscape(round);
    expectNothingBlocking();
  });

  it('일정 and 직원·부서: the day menu and a new person', async () => {
    const { page } = app;
    await openArea(page, '/schedule');
    await page.getByRole('group', { name: /일정$/ }).getByRole('button', { name: / 일정 추가$/ }).nth(10).click();
    const menu = page.getByRole('dialog', { name: / 일정 추가$/ });
    await menu.waitFor();
    await check('일정 추가');
    await closeWithEscape(menu);
    await openArea(page, '/staff');
    await page.getByRole('button', { name: '직원 추가' }).click();
    const person = page.getByRole('dialog', { name: '직원 추가' });
    await person.getByLabel('이름').waitFor();
    await check('직원 추가');
    await closeWithEscape(person);
    expectNothingBlocking();
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
