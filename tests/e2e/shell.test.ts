import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas } from '../../renderer/app/areas';
import { ADMIN, openApp, signedInAs, type OpenApp } from './harness';

let app: OpenApp;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app?.close());

describe('the app shell in the preview', () => {
  it('moves through every area of the navigation, each page titled in Korean', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: '메뉴' });
    for (const area of areas) {
      await nav.getByRole('link', { name: new RegExp(`^${area.label}`) }).click();
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(area.label === '직원·부서' ? '직원·부서' : area.label);
      await app.screenshot(`page-${area.path.replace(/\//g, '') || 'dashboard'}`);
    }
  });

  it('adds a department and a person, gives them a temporary PIN; they choose their own at sign-in and the header names them', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/staff');
    await page.getByLabel('새 부서명').fill('민원회계과');
    await page.getByRole('button', { name: '부서 추가' }).click();
    await expect.poll(() => page.getByRole('table', { name: '부서 목록' }).textContent()).toContain('민원회계과 (0명)');

    await page.getByRole('button', { name: '직원 추가' }).click();
    const dialog = page.getByRole('dialog', { name: '직원 추가' });
    await dialog.getByLabel('이름').fill('홍길동');
    await dialog.getByRole('combobox', { name: '부서' }).click();
    await page.getByRole('option', { name: '민원회계과' }).click();
    await dialog.getByLabel('직위').fill('주무관');
    await dialog.getByLabel('직위').press('Enter');
    const row = page.getByRole('table', { name: '직원 목록' }).getByRole('row', { name: /홍길동/ });
    await expect.poll(() => row.textContent()).toContain('주무관');
    expect(await row.textContent()).toContain('없음');
    const role = row.getByRole('combobox', { name: '홍길동 역할' });
    expect(await role.inputValue()).toBe('담당자');
    await role.click();
    await page.getByRole('option', { name: '팀장' }).click();
    await expect.poll(() => page.getByText('홍길동 님의 역할을 팀장(으)로 바꿨습니다.').count()).toBe(1);
    await expect.poll(() => role.inputValue()).toBe('팀장');

    await row.getByRole('button', { name: '홍길동 임시 PIN 정하기' }).click();
    const pinDialog = page.getByRole('dialog', { name: '임시 PIN 정하기' });
    await pinDialog.getByLabel('임시 PIN', { exact: true }).fill('4321');
    await pinDialog.getByRole('button', { name: '임시 PIN 정하기' }).click();
    // The PIN is hashed slowly on purpose: generous waits.
    await expect.poll(() => pinDialog.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('있음');
    // The reset and the role change are in the account log, with who did them.
    const log = page.getByRole('table', { name: '계정 기록' });
    await expect.poll(() => log.textContent()).toContain('임시 PIN 설정');
    expect(await log.textContent()).toContain('역할 변경 (담당자 → 팀장)');
    await app.screenshot('staff-roles');

    await page.getByRole('button', { name: '로그아웃' }).click();
    const signIn = page.getByRole('form', { name: '로그인' });
    await signIn.getByRole('combobox', { name: '이름' }).click();
    await page.getByRole('option', { name: '홍길동 (민원회계과)' }).click();
    await signIn.getByLabel('PIN', { exact: true }).fill('4321');
    await signIn.getByRole('button', { name: '로그인' }).click();
    await expect.poll(() => signIn.getByText('관리자가 정한 임시 PIN입니다', { exact: false }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await signIn.getByLabel('새 PIN', { exact: true }).fill('8642');
    await signIn.getByLabel('새 PIN 확인').fill('8642');
    await signIn.getByRole('button', { name: '로그인' }).click();
    await signedInAs(page, '홍길동');
    expect(await page.getByTestId('signed-in-role').textContent()).toBe('팀장');
    // A 팀장's menu has no 관리자 pages.
    const menu = page.getByRole('navigation', { name: '메뉴' });
    expect(await menu.getByRole('link', { name: /^설정/ }).count()).toBe(0);
    expect(await menu.getByRole('link', { name: /^접속기록 점검/ }).count()).toBe(0);

    // Back to the 관리자 for the rest of the file.
    await page.getByRole('button', { name: '로그아웃' }).click();
    await signIn.getByRole('combobox', { name: '이름' }).click();
    await page.getByRole('option', { name: `${ADMIN.name} (${ADMIN.department})` }).click();
    await signIn.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
    await signIn.getByLabel('PIN', { exact: true }).press('Enter');
    await signedInAs(page, ADMIN.name);
  });

  it('renames a department and takes one out of use, without deleting it', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/staff');
    await page.getByLabel('새 부서명').fill('세무1과');
    await page.getByLabel('새 부서명').press('Enter');
    const list = page.getByRole('table', { name: '부서 목록' });
    await expect.poll(() => list.textContent()).toContain('세무1과 (0명)');
    await page.getByRole('button', { name: '세무1과 이름 바꾸기' }).click();
    await page.getByLabel('세무1과 새 이름').fill('민원회계과');
    await page.getByLabel('세무1과 새 이름').press('Enter');
    await expect.poll(() => list.textContent()).toContain("'민원회계과' 부서가 이미 있습니다.");
    await page.getByLabel('세무1과 새 이름').fill('세무과');
    await page.getByLabel('세무1과 새 이름').press('Enter');
    await expect.poll(() => list.textContent()).toContain('세무과 (0명)');
    await page.getByRole('button', { name: '세무과 사용 안 함' }).click();
    await expect.poll(() => list.textContent()).toContain('세무과 (0명) 사용 안 함');
    await expect.poll(() => page.getByRole('heading', { name: /^부서/ }).textContent()).toBe('부서 (사용 중 2개)');
  });

  it('finds a person by 초성', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/staff');
    await page.getByLabel('직원 검색').fill('ㅎㄱㄷ');
    await expect.poll(() => page.getByRole('table', { name: '직원 목록' }).getByRole('row').count()).toBe(2);
    await page.getByLabel('직원 검색').fill('ㅅㅊㅎ');
    await expect.poll(() => page.getByText('검색 결과가 없습니다.').count()).toBe(1);
  });

  it('asks before another menu throws a typed department name away', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/staff');
    await page.getByLabel('새 부서명').fill('총무과');
    const menu = page.getByRole('navigation', { name: '메뉴' });
    await menu.getByRole('link', { name: /^대시보드/ }).click();
    const question = page.getByRole('dialog', { name: '저장하지 않은 입력이 있습니다' });
    await question.getByRole('button', { name: '계속 입력' }).click();
    expect(await page.getByRole('heading', { name: '직원·부서', level: 2 }).count()).toBe(1);
    expect(await page.getByLabel('새 부서명').inputValue()).toBe('총무과');
    expect(new URL(page.url()).hash).toBe('#/staff');
    await page.keyboard.press('Alt+1');
    await question.getByRole('button', { name: '버리기' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '대시보드', level: 2 }).count()).toBe(1);
    expect(new URL(page.url()).hash).toBe('#/');
  });

  it('saves a setting, shows a bad one next to its field, and keeps the saved one after a reload', async () => {
    const { page } = app;
    await page.goto(app.preview.url + '#/settings');
    await page.getByLabel('기관명').fill('○○구청');
    await page.getByLabel('기본 휠체어 대여 기간(일)').fill('14');
    const settings = page.getByRole('form', { name: '설정' });
    await settings.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => page.getByText('설정을 저장했습니다.').count()).toBe(1);

    await page.getByLabel('내선번호').fill('12가');
    await settings.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => page.getByText('내선번호는 숫자와 -만 입력하세요.').count()).toBe(1);

    // The refused 내선번호 is still typed in: leaving the page asks first, and going on drops it.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.type()), void dialog.accept())));
    await page.reload();
    expect(await asked).toBe('beforeunload');
    await expect.poll(() => page.getByLabel('기관명').inputValue(), { timeout: 8000 }).toBe('○○구청');
    expect(await page.getByLabel('기본 휠체어 대여 기간(일)').inputValue()).toBe('14');
    expect(await page.getByLabel('내선번호').inputValue()).toBe('');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('○○구청');
    await app.screenshot('settings-saved');
  });

  it('raised no error in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
