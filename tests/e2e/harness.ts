import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreviewServer } from '../../electron/preview/previewServer';
import { tempDir } from '../helpers/tempCore';

export const SCREENSHOTS = path.resolve('tests/e2e/screenshots');

/**
 * The real renderer, served by the preview with its own fresh database, in Debian's Chromium.
 * The flags keep Chromium from reaching for the network this machine does not have.
 */
export async function openApp() {
  const dataDir = tempDir('minwon-e2e-');
  const preview = await startPreviewServer({ port: 0, dataDir, rendererDir: path.resolve(process.env.RENDERER_OUT_DIR ?? 'out/renderer') });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ko-KR'],
  });
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Loading the whole renderer in a fresh Chromium (a goto, a reload) can take more than 8 s on a busy machine.
  page.setDefaultNavigationTimeout(60_000);
  await page.goto(preview.url);
  return {
    page,
    preview,
    dataDir,
    errors,
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
