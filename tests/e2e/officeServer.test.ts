import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPostgresDatabase } from '../helpers/testDatabase';
import { ADMIN, openApp, signedInAs, type OpenApp } from './harness';

/**
 * The one end-to-end file on PostgreSQL: an office moves its first PC's records onto the office server
 * through Settings → 데이터 위치, lends a wheelchair there, and a second desk that points at the same
 * server sees the loan once its person has signed in with the server's own account.
 */
let server: { url: string; drop: () => Promise<void> };
let deskA: OpenApp;
let deskB: OpenApp | undefined;
let direct: pg.Client;

beforeAll(async () => {
  server = await emptyPostgresDatabase();
  direct = new pg.Client({ connectionString: server.url });
  await direct.connect();
  deskA = await openApp();
  for (const assetNumber of ['W-01', 'W-02']) {
    const saved = await deskA.preview.core.call('loans.saveWheelchair', { assetNumber, kind: 'manual' });
    if (!saved.ok) throw new Error(saved.error.message);
  }
});
afterAll(async () => {
  await deskB?.close();
  await deskA?.close();
  await direct?.end();
  await server?.drop();
});

/** The sign-in screen as the person uses it once the records are the server's: their name, then their PIN. */
async function signInOnServer(app: OpenApp) {
  const { page } = app;
  const form = page.getByRole('form', { name: '로그인' });
  await expect.poll(() => form.count(), { timeout: 30_000 }).toBe(1);
  await form.getByRole('combobox', { name: '이름' }).click();
  await page.getByRole('option', { name: new RegExp(`^${ADMIN.name} \\(`) }).click();
  await form.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
  await form.getByRole('button', { name: '로그인' }).click();
  await signedInAs(page, ADMIN.name);
}

/** Fills Settings → 데이터 위치 with the office server's connection, as IT wrote it down for the desk. */
async function fillServer(app: OpenApp) {
  const { page } = app;
  const url = new URL(server.url);
  await page.goto(`${app.preview.url}#/settings`);
  const panel = page.getByRole('form', { name: '데이터 위치' });
  await panel.getByRole('radio', { name: '사무실 서버 (PostgreSQL)' }).check();
  await panel.getByLabel('서버 주소').fill(url.hostname);
  await panel.getByLabel('포트').fill(url.port);
  await panel.getByLabel('데이터베이스').fill(url.pathname.slice(1));
  await panel.getByLabel('사용자').fill(decodeURIComponent(url.username));
  await panel.getByLabel('비밀번호').fill(decodeURIComponent(url.password));
  await panel.getByRole('button', { name: '연결 시험' }).click();
  await expect.poll(() => panel.getByText('연결 시험 성공').count(), { timeout: 20_000 }).toBe(1);
  return panel;
}

describe('an office on its PostgreSQL server, in the preview', () => {
  it("moves the first PC's records onto the empty server, and its person signs in again there with the same PIN", async () => {
    const panel = await fillServer(deskA);
    await panel.getByRole('button', { name: '이 PC의 기록을 사무실 서버로 옮기기' }).click();
    // Other records, other accounts: the core signs everyone out when the records move.
    await signInOnServer(deskA);
    const counts = await direct.query<{ wheelchairs: string; staff: string }>('SELECT (SELECT count(*) FROM wheelchair) AS wheelchairs, (SELECT count(*) FROM staff) AS staff');
    expect(counts.rows[0]).toEqual({ wheelchairs: '2', staff: '1' });
    await deskA.screenshot('office-server-signed-in');
  });

  it('lends a wheelchair at the first desk straight into the server, with the desk kept on the record', async () => {
    const { page } = deskA;
    await page.goto(`${deskA.preview.url}#/loans`);
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog', { name: '휠체어 대여 (F2)' });
    await expect.poll(() => dialog.getByLabel('대여자 성명').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('홍길동');
    await dialog.getByRole('textbox', { name: '연락처' }).fill('010-1234-5678');
    await dialog.getByRole('checkbox', { name: /개인정보 수집·이용 동의/ }).check();
    await dialog.getByLabel('대여자 성명').press('Enter');
    await expect.poll(() => dialog.getByText('대여를 기록했습니다').count(), { timeout: 20_000 }).toBe(1);
    await page.keyboard.press('Enter');
    const loans = await direct.query<{ borrower_name: string; created_desk: string | null }>('SELECT borrower_name, created_desk FROM loan');
    expect(loans.rows).toHaveLength(1);
    expect(loans.rows[0].borrower_name).toBe('홍길동');
    expect(loans.rows[0].created_desk).toBeTruthy();
  });

  it("shows a second desk the first desk's loan once it points at the server and its person signs in there", async () => {
    deskB = await openApp();
    const panel = await fillServer(deskB);
    await panel.getByRole('button', { name: '이 위치 쓰기' }).click();
    const { page } = deskB;
    // The person signed in on the second PC's own file is not the server's: the server's sign-in is asked.
    await signInOnServer(deskB);
    await page.goto(`${deskB.preview.url}#/loans`);
    const out = page.getByRole('table', { name: '대여 중 목록' });
    await expect.poll(() => out.getByRole('row', { name: /W-01|W-02/ }).textContent(), { timeout: 20_000 }).toContain('홍*동');
    expect(deskA.errors).toEqual([]);
    expect(deskB.errors).toEqual([]);
  });
});
