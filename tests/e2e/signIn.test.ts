import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_LOCKED } from '../../shared/contract/access';
import { ADMIN, firstRunThroughScreen, openApp, signedInAs, type OpenApp } from './harness';

let app: OpenApp;
const ids = { admin: 0, clerk: 0, lead: 0, forgetful: 0 };

/** Last month: over on every clock, so it can be confirmed today. */
const now = new Date();
const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
const monthLabel = `${last.getFullYear()}년 ${last.getMonth() + 1}월`;
const lastMonth = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;

const must = async (channel: string, input: unknown) => {
  const result = await app.preview.core.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: number; staffId: number };
};

beforeAll(async () => {
  app = await openApp({ signedIn: false });
});
afterAll(() => app?.close());

/** The sign-in screen as a person uses it: their name from the list, then the PIN. */
async function signInThroughScreen(name: string, pin: string) {
  const { page } = app;
  const form = page.getByRole('form', { name: '로그인' });
  await form.getByRole('combobox', { name: '이름' }).click();
  await page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).click();
  await form.getByLabel('PIN', { exact: true }).fill(pin);
  await form.getByRole('button', { name: '로그인' }).click();
  return form;
}

describe('who is at the desk, in the preview', () => {
  it('shows nothing of the records before the first run, refuses two different PINs, and makes the first person 관리자', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '관리자 등록' });
    await form.waitFor();
    expect(await page.getByRole('navigation', { name: '메뉴' }).count()).toBe(0);
    // The core answers nothing but the sign-in's own channels yet.
    expect(await app.preview.core.call('departments.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await form.getByLabel('부서').fill(ADMIN.department);
    await form.getByLabel('이름').fill(ADMIN.name);
    await form.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
    await form.getByLabel('PIN 확인').fill('111111');
    await form.getByRole('button', { name: '관리자로 등록하고 시작' }).click();
    await expect.poll(() => form.getByText('두 번 입력한 PIN이 서로 다릅니다.').count()).toBe(1);
    expect(await app.preview.core.call('session.people', {})).toMatchObject({ ok: true, value: [] });
    await app.screenshot('sign-in-first-run');

    await firstRunThroughScreen(page);
    expect(await page.getByTestId('signed-in-role').textContent()).toBe('관리자');
    await expect.poll(() => page.getByRole('navigation', { name: '메뉴' }).getByRole('link', { name: /^접속기록 점검/ }).count()).toBe(1);

    ids.admin = (await must('session.current', {})).staffId;
    const dept = await must('departments.save', { name: '민원회계과' });
    ids.clerk = (await must('staff.save', { name: '홍담당', departmentId: dept.id, position: '주무관' })).id;
    ids.lead = (await must('staff.save', { name: '김팀장', departmentId: dept.id, position: '팀장' })).id;
    ids.forgetful = (await must('staff.save', { name: '박잊음', departmentId: dept.id, position: '주무관' })).id;
    await must('staff.setPin', { staffId: ids.clerk, pin: '1357' });
    await must('staff.setPin', { staffId: ids.forgetful, pin: '8080' });
  });

  it('says in Korean how many tries are left, then how long to wait, and refuses even the right PIN meanwhile', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '로그아웃' }).click();
    const form = await signInThroughScreen('박잊음', '0000');
    await expect.poll(() => form.getByText('PIN이 맞지 않습니다. 4번 더 틀리면 잠시 기다려야 합니다.').count(), { timeout: 20_000 }).toBe(1);
    for (let tried = 2; tried <= 5; tried++) {
      await form.getByLabel('PIN', { exact: true }).fill(`000${tried}`);
      await form.getByRole('button', { name: '로그인' }).click();
      const expected = tried < 5 ? `PIN이 맞지 않습니다. ${5 - tried}번 더 틀리면 잠시 기다려야 합니다.` : 'PIN이 맞지 않습니다. 5번 틀려 30초 동안 기다려야 합니다.';
      await expect.poll(() => form.getByText(expected).count(), { timeout: 20_000 }).toBe(1);
    }
    await form.getByLabel('PIN', { exact: true }).fill('8080');
    await form.getByRole('button', { name: '로그인' }).click();
    await expect.poll(() => form.getByText(/^PIN을 여러 번 틀렸습니다\. \d+초 뒤에 다시 하세요\.$/).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('navigation', { name: '메뉴' }).count()).toBe(0);
    await app.screenshot('sign-in-wait');
  });

  it('takes a temporary PIN once, with the person’s own new PIN, and names them with their role', async () => {
    const { page } = app;
    const form = await signInThroughScreen('홍담당', '1357');
    await expect.poll(() => form.getByLabel('새 PIN', { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    await form.getByLabel('새 PIN', { exact: true }).fill('2468');
    await form.getByLabel('새 PIN 확인').fill('2468');
    await form.getByRole('button', { name: '로그인' }).click();
    await signedInAs(page, '홍담당');
    expect(await page.getByTestId('signed-in-role').textContent()).toBe('담당자');
    const menu = page.getByRole('navigation', { name: '메뉴' });
    expect(await menu.getByRole('link', { name: /^접속기록 점검/ }).count()).toBe(0);
    expect(await menu.getByRole('link', { name: /^설정/ }).count()).toBe(0);
  });

  it('locks over a half-typed nomination and gives it back as it was after the PIN', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/kindness');
    await page.getByRole('button', { name: '이전 달' }).click();
    await expect.poll(() => page.getByTestId('kindness-month').textContent()).toBe(monthLabel);
    const form = page.getByRole('form', { name: '추천 접수' });
    await form.getByRole('combobox', { name: '추천 대상 직원' }).fill(ADMIN.name);
    await page.getByRole('option', { name: new RegExp(`^${ADMIN.name}`) }).click();
    await form.getByRole('combobox', { name: '추천 경로' }).click();
    await page.getByRole('option', { name: '주민 칭찬(칭찬카드)' }).click();
    const evidence = form.getByLabel('추천 내용(근거)');
    await evidence.fill('휠체어 대여 어르신을 주차장까지 모셔다 드림');

    await page.getByRole('button', { name: '잠금' }).click();
    const lock = page.getByRole('dialog', { name: '화면 잠금' });
    await lock.waitFor();
    // Behind the lock the page is out of reach, and the core refuses everything but the PIN.
    expect(await page.locator('#root').getAttribute('inert')).toBe('');
    expect(await app.preview.core.call('kindness.nominations', { month: '2024-01' })).toMatchObject({ ok: false, error: { message: SCREEN_LOCKED } });
    await app.screenshot('sign-in-locked');

    const pin = lock.getByLabel('PIN', { exact: true });
    await pin.fill('9999');
    await pin.press('Enter');
    await expect.poll(() => lock.getByText(/^PIN이 맞지 않습니다/).count(), { timeout: 20_000 }).toBe(1);
    await pin.fill('2468');
    await pin.press('Enter');
    await expect.poll(() => lock.count(), { timeout: 20_000 }).toBe(0);
    expect(await evidence.inputValue()).toBe('휠체어 대여 어르신을 주차장까지 모셔다 드림');
    expect(await form.getByRole('combobox', { name: '추천 경로' }).inputValue()).toBe('주민 칭찬(칭찬카드)');

    await evidence.press('Enter');
    const list = page.getByRole('table', { name: '이 달 추천 목록' });
    await expect.poll(() => list.getByText('휠체어 대여 어르신을 주차장까지 모셔다 드림').count()).toBe(1);
    expect(await list.getByRole('row').nth(1).textContent()).toContain('홍담당');
  });

  it('refuses a 담당자 the month’s confirmation in Korean, and the month stays open', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '월간 심사표' }).click();
    // The board says whose decision it is; the confirmation shows what it would confirm, says in the
    // core's words why this person cannot, and offers nothing to press (the core refuses it anyway).
    await expect.poll(() => page.getByText(/^평점·선정·확정은 팀장이나 관리자가 합니다/).count()).toBe(1);
    await page.getByRole('button', { name: `${monthLabel} 확정` }).click();
    const dialog = page.getByRole('dialog', { name: `${monthLabel} 확정` });
    await expect.poll(() => dialog.getByText('팀장 또는 관리자만 할 수 있는 일입니다. 지금 로그인한 사람은 담당자입니다. 보기만 할 수 있습니다.').count()).toBe(1);
    expect(await dialog.getByRole('button', { name: '확정', exact: true }).count()).toBe(0);
    expect(await app.preview.core.call('kindness.confirmMonth', { month: lastMonth })).toMatchObject({ ok: false, error: { message: '팀장 또는 관리자만 할 수 있는 일입니다. 지금 로그인한 사람은 담당자입니다.' } });
    await dialog.getByRole('button', { name: '닫기' }).click();
    await expect.poll(() => page.getByText(`${monthLabel} 미확정`).count()).toBe(1);
  });

  it('lets a 팀장 pick and confirm the month', async () => {
    const { page } = app;
    await app.signInAs(ids.lead, 'teamLead');
    expect(await page.getByTestId('signed-in-role').textContent()).toBe('팀장');
    await page.goto(app.preview.url + '#/kindness');
    await page.getByRole('button', { name: '이전 달' }).click();
    await expect.poll(() => page.getByTestId('kindness-month').textContent()).toBe(monthLabel);
    await page.getByRole('tab', { name: '월간 심사표' }).click();
    await page.getByRole('button', { name: `${ADMIN.name} 선정` }).click();
    const pick = page.getByRole('dialog', { name: `${ADMIN.name} 선정` });
    await pick.getByLabel('선정 사유').fill('주민 칭찬카드');
    await pick.getByLabel('선정 사유').press('Enter');
    // A rule may flag a single nomination: the 팀장 then picks as an exception, as on the real board.
    const exception = pick.getByRole('checkbox', { name: '규칙 예외로 선정' });
    // Counted, not read: a read would wait for a checkbox that a dialog already closing never shows.
    await expect.poll(async () => (await pick.count()) === 0 || (await exception.and(page.locator('[aria-invalid="true"]')).count()) > 0).toBe(true);
    if ((await pick.count()) > 0) {
      await exception.check();
      await pick.getByLabel('선정 사유').press('Enter');
      await expect.poll(() => pick.count()).toBe(0);
    }
    await page.getByRole('button', { name: `${monthLabel} 확정` }).click();
    await page.getByRole('dialog', { name: `${monthLabel} 확정` }).getByRole('button', { name: '확정' }).click();
    await expect.poll(() => page.getByText(`${monthLabel} 확정됨`).count()).toBe(1);
    expect(await page.getByText(`${monthLabel} 확정됨`).locator('..').textContent()).toContain('김팀장');
  });

  it('locks by itself after the office’s idle time (1 minute here) and opens again with the PIN', { timeout: 240_000 }, async () => {
    const { page } = app;
    await app.signInAs(ids.admin);
    await page.goto(app.preview.url + '#/settings');
    const settings = page.getByRole('form', { name: '설정' });
    await settings.getByLabel('화면 잠금 시간(분)').fill('1');
    await settings.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => page.getByText('설정을 저장했습니다.').count()).toBe(1);
    // The 개인정보파일 facts, with the responsible person typed here, ready to print for the registration.
    await settings.getByLabel('개인정보 보호책임자').fill('총무과장 이보호');
    await settings.getByRole('button', { name: '저장' }).click();
    const notice = page.getByRole('table', { name: '개인정보파일 안내' });
    await expect.poll(() => notice.textContent()).toContain('총무과장 이보호');
    expect(await notice.textContent()).toContain('반납 후 3년');
    await page.getByLabel('기관명').fill('○○구청');

    // No key, click or mouse move from here: the screen locks within a minute and a few seconds.
    const lock = page.getByRole('dialog', { name: '화면 잠금' });
    await lock.waitFor({ timeout: 150_000 });
    expect(await app.preview.core.call('departments.list', {})).toMatchObject({ ok: false, error: { message: SCREEN_LOCKED } });
    await lock.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
    await lock.getByLabel('PIN', { exact: true }).press('Enter');
    await expect.poll(() => lock.count(), { timeout: 20_000 }).toBe(0);
    expect(await page.getByLabel('기관명').inputValue()).toBe('○○구청');

    // Back to the usual idle time, so a slow machine does not lock the rest.
    await settings.getByLabel('화면 잠금 시간(분)').fill('10');
    await settings.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => page.getByText('설정을 저장했습니다.').count()).toBeGreaterThan(0);
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
