import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { vi } from 'vitest';
import type { Role } from '../../shared/roles';
import { startPreviewServer } from '../../electron/preview/previewServer';
import { tempDir } from '../helpers/tempCore';

export const SCREENSHOTS = path.resolve('tests/e2e/screenshots');

// A page's answer on this shared two-core machine can take longer than expect.poll's one second by
// default; waiting as long as a click may keeps the checks the same and only stops a busy run failing.
vi.setConfig({ expect: { poll: { timeout: 8000 } } });

/** The office's first person, made 관리자 through the first-run screen of every preview. */
export const ADMIN = { department: '행정지원과', name: '김관리', position: '주무관', pin: '135790' } as const;
/** What the harness gives a person as the 관리자's temporary PIN, and the PIN they then choose. */
export const TEMPORARY_PIN = '9753';
export const OWN_PIN = '2468';

/** Waits until the header names `name` as the person signed in (the sign-in takes a slow PIN hash). */
export const signedInAs = (page: Page, name: string) =>
  page.getByTestId('signed-in-name').filter({ hasText: new RegExp(`^${name}$`) }).waitFor({ timeout: 30_000 });

/** The first run as a person does it: department, name, a PIN twice; they are then signed in as 관리자. */
export async function firstRunThroughScreen(page: Page) {
  const form = page.getByRole('form', { name: '관리자 등록' });
  await form.getByLabel('부서').fill(ADMIN.department);
  await form.getByLabel('이름').fill(ADMIN.name);
  await form.getByLabel('직위').fill(ADMIN.position);
  await form.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
  await form.getByLabel('PIN 확인').fill(ADMIN.pin);
  await form.getByRole('button', { name: '관리자로 등록하고 시작' }).click();
  await signedInAs(page, ADMIN.name);
}

/**
 * The real renderer, served by the preview with its own fresh database, in Debian's Chromium.
 * The flags keep Chromium from reaching for the network this machine does not have.
 */
export async function openApp({ signedIn = true }: { signedIn?: boolean } = {}) {
  const dataDir = tempDir('minwon-e2e-');
  const preview = await startPreviewServer({ port: 0, dataDir, rendererDir: path.resolve(process.env.RENDERER_OUT_DIR ?? 'out/renderer') });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ko-KR'],
  });
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(8000);
  // Loading the whole renderer again (a reload after a sign-in) takes longer on a loaded machine than a click.
  page.setDefaultNavigationTimeout(30_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Loading the whole renderer in a fresh Chromium (a goto, a reload) can take more than 8 s on a busy machine.
  page.setDefaultNavigationTimeout(60_000);
  await page.goto(preview.url);
  if (signedIn) await firstRunThroughScreen(page);

  const core = async (channel: string, input: unknown) => {
    const result = (await preview.core.call(channel, input)) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!result.ok) throw new Error(`${channel}: ${result.error!.message}`);
    return result.value;
  };
  const adminId = async () => ((await core('session.people', {})) as { id: number; name: string }[]).find((p) => p.name === ADMIN.name)!.id;
  /** Each person's own PIN once they have chosen it. */
  const pins = new Map<number, string>();

  return {
    page,
    preview,
    dataDir,
    errors,
    /**
     * The person signed in at this PC from now on, as the 관리자 would set it up: their role, a
     * temporary PIN that they replace with their own at their first sign-in. (The sign-in screen
     * itself is driven in signIn.test.ts; here the page reloads to show the new person.)
     */
    async signInAs(staffId: number, role?: Role) {
      const admin = await adminId();
      await core('session.signIn', { staffId: admin, pin: ADMIN.pin });
      if (role) await core('staff.setRole', { staffId, role });
      if (staffId !== admin && !pins.has(staffId)) {
        await core('staff.setPin', { staffId, pin: TEMPORARY_PIN });
        await core('session.signIn', { staffId, pin: TEMPORARY_PIN, newPin: OWN_PIN, newPinAgain: OWN_PIN });
        pins.set(staffId, OWN_PIN);
      } else if (staffId !== admin) await core('session.signIn', { staffId, pin: pins.get(staffId) });
      await page.reload();
      const name = ((await core('session.current', {})) as { name: string }).name;
      await signedInAs(page, name);
    },
    /** The 관리자 of the first run signed in again (the page reloads). */
    async signInAsAdmin() {
      await this.signInAs(await adminId());
    },
    async screenshot(name: string) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await preview.close();
    },
  };
}

export type OpenApp = Awaited<ReturnType<typeof openApp>>;
