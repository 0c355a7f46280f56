import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGE_URL, appProtocolHandler, RENDERER_CSP, serveAppFile } from '../../electron/protocol/appProtocol';
import { tempDir } from '../helpers/tempCore';

/**
 * The app's screens come from app://minwon/, served from the built renderer folder only.
 * A folder beside it whose name starts the same way holds what a page must never read.
 */
const base = tempDir('minwon-app-protocol-');
const rendererDir = path.join(base, 'renderer');
const get = (url: string) => serveAppFile(rendererDir, { url, method: 'GET' });

beforeAll(() => {
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>민원서비스 실적관리</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'export const ready = true;');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.css'), 'body { margin: 0 }');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'Pretendard.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(rendererDir, 'assets', '주민 명단.json'), '{}');
  fs.mkdirSync(path.join(base, 'renderer-private'));
  fs.writeFileSync(path.join(base, 'renderer-private', 'secret.txt'), '주민등록번호');
  fs.writeFileSync(path.join(base, 'minwon.sqlite'), 'records');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('the app:// protocol that serves the screens', () => {
  it("serves the app's page and its scripts, styles and fonts with the types Chromium requires", async () => {
    const page = await get(APP_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body?.toString('utf8')).toContain('민원서비스 실적관리');

    // A module script served with any other type is refused by Chromium, and the screen stays blank.
    expect((await get('app://minwon/assets/index-abc.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('app://minwon/assets/index-abc.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('app://minwon/assets/Pretendard.woff2')).headers['content-type']).toBe('font/woff2');
    expect((await get('app://minwon/assets/%EC%A3%BC%EB%AF%BC%20%EB%AA%85%EB%8B%A8.json')).status).toBe(200);
  });

  it('sends the strict content security policy and no-sniff with every file', async () => {
    for (const url of [APP_PAGE_URL, 'app://minwon/assets/index-abc.js']) {
      const { headers } = await get(url);
      expect(headers['content-security-policy']).toBe(RENDERER_CSP);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
    expect(RENDERER_CSP).toContain("default-src 'self'");
    expect(RENDERER_CSP).toContain("script-src 'self';");
  });

  it('uses the same policy as the <meta> in renderer/index.html, so the header and the page never disagree', () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
    expect(meta?.[1]).toBe(RENDERER_CSP);
  });

  it.each([
    ['a climb with ..', 'app://minwon/../renderer-private/secret.txt'],
    ['a climb with encoded dots', 'app://minwon/%2e%2e/minwon.sqlite'],
    ['a climb with an encoded slash', 'app://minwon/..%2frenderer-private%2fsecret.txt'],
    ['a climb from a subfolder', 'app://minwon/assets/..%2f..%2fminwon.sqlite'],
    ['a climb with a backslash (a separator on Windows)', 'app://minwon/..%5crenderer-private%5csecret.txt'],
    ['an absolute path', `app://minwon/${encodeURIComponent(path.join(base, 'minwon.sqlite'))}`],
    ['a NUL byte', 'app://minwon/index.html%00.js'],
  ])('refuses %s: nothing outside the renderer folder is read', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).toBeNull();
  });

  it('refuses a symbolic link inside the renderer folder that points outside it', async () => {
    fs.symlinkSync(path.join(base, 'renderer-private', 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
    try {
      const response = await get('app://minwon/assets/link.txt');
      expect(response.status).toBe(403);
      expect(response.body).toBeNull();
    } finally {
      fs.rmSync(path.join(rendererDir, 'assets', 'link.txt'));
    }
  });

  it('answers 404 for a missing file or a folder, 400 for a broken escape, 405 for anything but GET', async () => {
    expect((await get('app://minwon/assets/missing.js')).status).toBe(404);
    expect((await get('app://minwon/assets')).status).toBe(404);
    expect((await get('app://minwon/')).status).toBe(404);
    expect((await get('app://minwon/%ZZ')).status).toBe(400);
    expect((await serveAppFile(rendererDir, { url: APP_PAGE_URL, method: 'POST' })).status).toBe(405);
  });

  it('serves only its own host: app://another/ gets nothing', async () => {
    expect((await get('app://another/index.html')).status).toBe(404);
    expect((await get('file:///index.html')).status).toBe(404);
  });

  it('answers a real Request with a real Response, as protocol.handle passes and expects them', async () => {
    const handler = appProtocolHandler(rendererDir);
    const ok = await handler(new Request('app://minwon/assets/index-abc.js'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await ok.text()).toBe('export const ready = true;');
    const refused = await handler(new Request('app://minwon/..%2fminwon.sqlite'));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('');
  });
});

describe('the built renderer under app://', () => {
  const built = path.resolve('out', 'renderer');

  it('names its scripts, styles and fonts by relative URLs that app:// serves (npm test builds it first)', async () => {
    expect(fs.existsSync(path.join(built, 'index.html')), 'run `npm run build:renderer` first').toBe(true);
    const html = fs.readFileSync(path.join(built, 'index.html'), 'utf8');
    const pageUrls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1], APP_PAGE_URL).toString());
    const cssUrls = pageUrls
      .filter((u) => u.endsWith('.css'))
      .flatMap((cssUrl) => {
        const css = fs.readFileSync(path.join(built, new URL(cssUrl).pathname), 'utf8');
        return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].filter((m) => !m[1].startsWith('data:')).map((m) => new URL(m[1], cssUrl).toString());
      });
    expect(pageUrls.some((u) => u.endsWith('.js'))).toBe(true);
    for (const url of [...pageUrls, ...cssUrls]) {
      expect(url, 'every asset stays on the app origin').toMatch(/^app:\/\/minwon\//);
      expect((await serveAppFile(built, { url, method: 'GET' })).status, url).toBe(200);
    }
  });
});
