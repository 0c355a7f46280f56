import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { startPreviewServer } from '../../electron/preview/previewServer';
import { tempDir } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';
import { measuredInTurn, recorded } from './timing';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const RUNS = 5;

/** The empty Mantine page built the same way as the renderer (vite, React plugin, relative base). */
async function buildEmptyPage(outDir: string) {
  await build({ root: path.join(here, 'emptyMantine'), base: './', plugins: [react()], logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

async function buildRenderer(outDir: string) {
  await build({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

/** A folder served over HTTP the way the preview serves the renderer: files as they are, no compression. */
function serveFolder(dir: string) {
  const server = http.createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.join(dir, name === '/' ? 'index.html' : decodeURIComponent(name));
    if (!file.startsWith(dir) || !fs.existsSync(file)) return void res.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(fs.readFileSync(file));
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

interface Ready {
  css: string;
  text?: string;
}

/**
 * One cold open of a page in a fresh browser context: the JS it asked for before it was ready (a script
 * the page fetches after it shows, such as the desk forms that follow the dashboard, is not initial),
 * and the time from navigation until `ready` is on the page and the main thread is free again.
 */
async function openCold(browser: Browser, url: string, ready: Ready) {
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    const body = r.body();
    body.catch(() => {}); // a script still arriving when the context closes is not one of the initial ones
    scripts.set(r.url(), body);
  });
  // The moment `ready` first appears, taken inside the page by a mutation observer. Written as text: tsx
  // would wrap a function's inner arrows in its own helper, which the page does not have.
  await page.addInitScript(`(() => {
    const r = ${JSON.stringify(ready)};
    const found = () => [...document.querySelectorAll(r.css)].some((e) => r.text === undefined || e.textContent === r.text);
    new MutationObserver((_, observer) => {
      if (window.readyAt === undefined && found()) {
        window.readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  })();`);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, undefined, { timeout: 30_000 });
  const interactive = await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 0)));
  const initial = await page.evaluate(() => {
    const readyAt = (window as unknown as { readyAt: number }).readyAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && e.startTime <= readyAt)
      .map((e) => e.name);
  });
  if (process.env.BENCH_LIST_SCRIPTS) {
    console.log(initial.map((n) => n.replace(/.*\//, '')).join(' '));
    console.log(await page.evaluate(() => JSON.stringify([(window as unknown as { readyAt: number }).readyAt, ...performance.getEntriesByType('resource').map((e) => [e.name.replace(/.*\//, ''), Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)])])));
  }
  const bodies = await Promise.all(initial.map((name) => scripts.get(name) ?? Promise.reject(new Error(`no response kept for ${name}`))));
  await context.close();
  return {
    interactive,
    kB: bodies.reduce((n, b) => n + b.length, 0) / 1024,
    gzipKB: bodies.reduce((n, b) => n + zlib.gzipSync(b).length, 0) / 1024,
  };
}

/**
 * The first page: the dashboard's initial JS (everything fetched before it shows) against an empty
 * Mantine 9.6.3 page built the same way, and first interactive in Chromium for both, in turn, in the
 * same run. It does not depend on the engine, so it runs once (on SQLite).
 */
export async function run() {
  if (testEngine() !== 'sqlite') return console.log('(엔진과 무관: SQLite 차례에만)');
  const work = tempDir('minwon-bench-page-');
  const rendererDir = path.join(work, 'renderer');
  const emptyDir = path.join(work, 'empty');
  await buildRenderer(rendererDir);
  await buildEmptyPage(emptyDir);
  const preview = await startPreviewServer({ port: 0, dataDir: path.join(work, 'data'), rendererDir });
  // The desk as it is opened every day: someone signed in at this PC, the dashboard the first page.
  const admin = await preview.core.call('session.firstRun', { departmentName: '민원여권과', name: '김관리', position: '주무관', pin: '135790', pinAgain: '135790' });
  if (!admin.ok) throw new Error(admin.error.message);
  const empty = await serveFolder(emptyDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ko-KR'],
  });
  try {
    const app = () => openCold(browser, preview.url, { css: 'h2', text: '대시보드' });
    const bare = () => openCold(browser, empty.url, { css: '#ready' });
    // Once each before measuring: Chromium's own first start is not the page's.
    const [a, b] = [await app(), await bare()];
    recorded('first page: dashboard initial JS (gzip)', a.gzipKB, 'kB', { value: b.gzipKB, label: 'empty Mantine page' });
    recorded('first page: dashboard initial JS (raw)', a.kB, 'kB', { value: b.kB, label: 'empty Mantine page' });
    await measuredInTurn('first page: first interactive in Chromium', 'ms', RUNS, async () => (await app()).interactive, {
      label: 'empty Mantine page',
      measure: async () => (await bare()).interactive,
    });
  } finally {
    await browser.close();
    await empty.close();
    await preview.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
