import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, openApp, type OpenApp } from './harness';

let app: OpenApp;
let otherSite: http.Server;
let otherUrl: string;

/** Another web page open in the same browser: served from another port, so another origin. */
beforeAll(async () => {
  app = await openApp();
  otherSite = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>광고</title>'));
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(otherSite.address() as { port: number }).port}/`;
});
afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => otherSite?.close(resolve));
});

const departmentNames = async () => {
  const result = (await app.preview.core.call('departments.list', { includeInactive: true })) as { ok: true; value: { name: string }[] };
  return result.value.map((d) => d.name);
};
const retentionYears = async () => ((await app.preview.core.call('settings.get', undefined)) as { ok: true; value: { retentionYears: number } }).value.retentionYears;

describe('another web page in the same browser', () => {
  it('cannot save a department or shorten how long personal data is kept, while the app itself still can', async () => {
    const page = await app.page.context().newPage();
    await page.goto(otherUrl);
    const api = app.preview.url + 'api/';

    // A form with enctype text/plain is sent without any CORS check: its body can be made to look like JSON.
    await page.evaluate((action) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.enctype = 'text/plain';
      form.action = action;
      const field = document.createElement('input');
      field.name = '{"name":"악성 부서';
      field.value = '"}';
      form.append(field);
      document.body.append(form);
      form.submit();
    }, api + 'departments.save');
    await page.waitForURL(api + 'departments.save');

    await page.goto(otherUrl);
    await page.evaluate(async (url) => {
      // no-cors: the page cannot read the answer, but the request is sent.
      await fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{"retentionYears":1}' });
      // JSON needs a CORS preflight, which the preview never grants.
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"retentionYears":1}' }).catch(() => undefined);
    }, api + 'settings.save');
    await page.close();

    // Only the first run's department (the 관리자's, made through the sign-in screen) is there.
    expect(await departmentNames()).toEqual([ADMIN.department]);
    expect(await retentionYears()).toBe(3);

    await app.page.goto(app.preview.url + '#/staff');
    await app.page.getByLabel('새 부서명').fill('민원회계과');
    await app.page.getByRole('button', { name: '부서 추가' }).click();
    await expect.poll(async () => (await departmentNames()).sort()).toEqual(['민원회계과', ADMIN.department].sort());
  });
});
