import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOWNLOAD_GONE } from '../../electron/export/downloadDesk';
import { startPreviewServer } from '../../electron/preview/previewServer';
import { XLSX_MIME, type DownloadTicket } from '../../shared/exportFile';
import { signInAdminOn, TEST_ADMIN, tempDir } from '../helpers/tempCore';

type Preview = Awaited<ReturnType<typeof startPreviewServer>>;

let root: string;
let preview: Preview;
let origin: string;

beforeEach(async () => {
  // A renderer folder with a sibling whose name starts the same: the containment check must tell them apart.
  root = tempDir('minwon-preview-');
  fs.mkdirSync(path.join(root, 'renderer'));
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>민원</title>');
  fs.mkdirSync(path.join(root, 'renderer-private'));
  fs.writeFileSync(path.join(root, 'renderer-private', 'secret.txt'), '주민등록번호 목록');
  fs.mkdirSync(path.join(root, 'data'));
  preview = await startPreviewServer({ port: 0, dataDir: path.join(root, 'data'), rendererDir: path.join(root, 'renderer') });
  origin = preview.url.replace(/\/$/, '');
  // The office's 관리자 is signed in at the preview, as after the first run: what is tested is the transport.
  await signInAdminOn(preview.core.call);
});

afterEach(async () => {
  await preview?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

interface Sent {
  status: number;
  contentType: string;
  text: string;
  /** The socket error the client saw, if the server closed or reset it before a whole response. */
  error?: string;
}

/** A plain HTTP client: the path goes out byte for byte, as a hostile page or tool could send it. */
function send(requestPath: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}) {
  return new Promise<Sent>((resolve) => {
    const req = http.request(`${origin}${requestPath}`, { method: options.method ?? 'GET', headers: options.headers, agent: false });
    let answered: Sent | undefined;
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        answered = { status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') };
        resolve(answered);
      });
      res.on('error', (e) => resolve({ status: res.statusCode ?? 0, contentType: '', text: '', error: e.message }));
    });
    req.on('error', (e) => {
      if (!answered) resolve({ status: 0, contentType: '', text: '', error: (e as NodeJS.ErrnoException).code ?? e.message });
    });
    req.end(options.body);
  });
}

const postJson = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });

const refusal = (sent: Sent) => {
  expect(sent.contentType).toMatch(/^application\/json/);
  const body = JSON.parse(sent.text) as { ok: boolean; error: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.message).toMatch(/[가-힣]/);
  return body.error;
};

const departmentNames = async () => {
  const result = (await preview.core.call('departments.list', { includeInactive: true })) as { ok: true; value: { name: string }[] };
  return result.value.map((d) => d.name).filter((n) => n !== TEST_ADMIN.departmentName);
};
const retentionYears = async () => ((await preview.core.call('settings.get', undefined)) as { ok: true; value: { retentionYears: number } }).value.retentionYears;

describe('the preview answers only its own page', () => {
  it('saves a department the app itself sends as JSON from its own origin', async () => {
    const sent = await postJson('departments.save', { name: '민원회계과' }, { origin, 'sec-fetch-site': 'same-origin' });
    expect(sent.status).toBe(200);
    expect(JSON.parse(sent.text)).toMatchObject({ ok: true, value: { name: '민원회계과' } });
    expect(await departmentNames()).toEqual(['민원회계과']);
  });

  it('marks the answer of a command that changed records, and not a query\'s, so the screens reload without the schemas', async () => {
    const headers = { origin, 'sec-fetch-site': 'same-origin' };
    const saved = JSON.parse((await postJson('departments.save', { name: '여권팀' }, headers)).text);
    const listed = JSON.parse((await postJson('departments.list', { includeInactive: true }, headers)).text);
    const refused = JSON.parse((await postJson('departments.save', { name: '' }, headers)).text);
    expect([saved.recordsChanged, listed.recordsChanged, refused.recordsChanged]).toEqual([true, undefined, undefined]);
  });

  it('refuses a plain-text form post from another web page, and no department is saved', async () => {
    const sent = await send('/api/departments.save', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: JSON.stringify({ name: '악성 부서' }),
    });
    expect(sent.status).toBe(403);
    expect(refusal(sent).code).toBe('forbidden');
    expect(await departmentNames()).toEqual([]);
  });

  it('refuses a page with no origin (a sandboxed frame or a file) that tries to shorten how long personal data is kept', async () => {
    const sent = await send('/api/settings.save', {
      method: 'POST',
      headers: { origin: 'null', 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ retentionYears: 1 }),
    });
    expect(sent.status).toBe(403);
    refusal(sent);
    expect(await retentionYears()).toBe(3);
  });

  it('refuses JSON from another origin, even when it claims the right content type', async () => {
    const sent = await postJson('settings.save', { retentionYears: 1 }, { origin: 'http://localhost:1' });
    expect(sent.status).toBe(403);
    refusal(sent);
    expect(await retentionYears()).toBe(3);
  });

  it('refuses a cross-site request that the browser marks as such, even without an origin', async () => {
    const sent = await postJson('settings.save', { retentionYears: 1 }, { 'sec-fetch-site': 'cross-site' });
    expect(sent.status).toBe(403);
    refusal(sent);
    expect(await retentionYears()).toBe(3);
  });

  it('refuses a body that is not declared as JSON, with a Korean reason', async () => {
    const sent = await send('/api/settings.save', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ retentionYears: 1 }) });
    expect(sent.status).toBe(415);
    expect(refusal(sent).code).toBe('invalid_input');
    expect(await retentionYears()).toBe(3);
  });
});

describe('the preview keeps serving whatever address it is sent', () => {
  it('answers a malformed address with 400 and goes on serving the app page', async () => {
    const bad = await send('/%ZZ');
    expect(bad.status).toBe(400);
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>민원</title>');
  });

  it('never reads a sibling folder whose name starts with the renderer folder name', async () => {
    const sent = await send('/..%2frenderer-private%2fsecret.txt');
    expect(sent.text).not.toContain('주민등록번호');
    expect(await send('/../renderer-private/secret.txt')).not.toMatchObject({ text: expect.stringContaining('주민등록번호') });
  });

  it('answers a malformed channel under /api/ with 404 and a Korean message', async () => {
    const sent = await postJson('%ZZ', {}, { origin });
    expect(sent.status).toBe(404);
    expect(refusal(sent).message).not.toContain('너무 큽니다');
    expect(await send('/')).toMatchObject({ status: 200 });
  });

  it('answers an unknown channel with 404', async () => {
    const sent = await postJson('departments.drop', {}, { origin });
    expect(sent.status).toBe(404);
    expect(refusal(sent).code).toBe('unknown_channel');
  });
});

describe('the preview reads request bodies carefully', () => {
  it('tells a client that sends more than 16 MB that the request is too large, before it closes the connection', async () => {
    const body = Buffer.alloc(17 * 1024 * 1024, 0x20);
    const sent = await send('/api/departments.save', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body });
    expect(sent.error).toBeUndefined();
    expect(sent.status).toBe(413);
    expect(refusal(sent).message).toBe('요청이 너무 큽니다.');
    expect(await send('/')).toMatchObject({ status: 200 });
  });

  it('refuses a body that is not valid UTF-8 rather than saving a replacement character', async () => {
    const json = Buffer.from('{"name":"민원', 'utf8');
    const body = Buffer.concat([json, Buffer.from([0xff, 0xfe]), Buffer.from('과"}', 'utf8')]);
    const sent = await send('/api/departments.save', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body });
    expect(sent.status).toBe(400);
    expect(refusal(sent).code).toBe('invalid_input');
    expect(await departmentNames()).toEqual([]);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const sent = await send('/api/departments.save', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"name":' });
    expect(sent.status).toBe(400);
    expect(refusal(sent).message).toBe('요청 형식이 올바르지 않습니다.');
  });
});

describe('the preview streams a file to its own page, once', () => {
  const ticket = async () => {
    const issued = (await preview.core.call('interpretation.requests.export', { from: '2024-01-01', to: '2024-12-31' })) as { ok: true; value: DownloadTicket };
    expect(issued.ok).toBe(true);
    return issued.value;
  };

  it('answers GET /download/<token> from its own page with the XLSX file, then no more', async () => {
    const { url, fileName } = await ticket();
    // Another site's page (or a frame) cannot spend the address: refused before it is looked at.
    const foreign = await send(url, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(foreign.status).toBe(403);
    expect(foreign.text).toMatch(/[가-힣]/);
    expect((await send(url, { method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(405);

    const file = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      http
        .get(`${origin}${url}`, { headers: { 'sec-fetch-site': 'same-origin' }, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(XLSX_MIME);
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as never);
    expect(book.getWorksheet('통역지원 목록')!.getRow(1).getCell(1).text).toBe('외국어 및 수어 통역지원 목록');

    const again = await send(url, { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(again.status).toBe(410);
    expect(again.text).toBe(DOWNLOAD_GONE);
  });
});
