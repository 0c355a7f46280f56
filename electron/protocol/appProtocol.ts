import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CustomScheme } from 'electron';
import { DOWNLOAD_PREFIX } from '../../shared/contract/transport';
import type { DownloadAnswer } from '../export/downloadAnswer';

/**
 * The screens are served from app://minwon/ rather than file://: a file:// page may read any file the
 * clerk can (Electron's checklist, item 18), while app:// reaches only the built renderer folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'minwon';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * standard: relative asset URLs and 'self' in the CSP resolve against app://minwon like any web origin.
 * secure: a secure context, as https would be. supportFetchAPI: fetch() of the app's own files.
 * corsEnabled is left off so no other origin can read from app://.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** The policy of the <meta> in renderer/index.html (a test keeps the two equal), sent as a header too. */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

/** What vite puts in the renderer build. Chromium refuses a module script served with any other type. */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AppFileRequest {
  url: string;
  method: string;
}

export interface AppFileResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

const refused = (status: number): AppFileResponse => ({ status, headers: { 'x-content-type-options': 'nosniff' }, body: null });

/** The file under rendererDir that an app:// URL names, or the status that refuses it. */
async function resolveAppFile(rendererDir: string, url: string): Promise<string | number> {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return 404;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return 400;
  }
  // Decoding can bring back what the URL parser already settled: '..' from %2e%2e%2f, a backslash (a separator
  // on Windows) from %5c, NUL. No built file needs any of them, so any one refuses the request.
  const segments = pathname.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.includes('\\') || s.includes('\0'))) return 403;

  const root = await fs.promises.realpath(rendererDir).catch(() => null);
  if (!root) return 404;
  const candidate = path.join(root, ...segments);
  // Real paths, so a link inside the folder cannot lead out of it; the separator keeps a sibling
  // such as renderer-private/ from passing as renderer/. fs.promises (not a named import) because
  // Electron patches it to read inside app.asar, where the packaged renderer lives.
  const real = await fs.promises.realpath(candidate).catch(() => null);
  if (!real) return 404;
  if (real !== root && !real.startsWith(root + path.sep)) return 403;
  const stat = await fs.promises.stat(real);
  return stat.isFile() ? real : 404;
}

/** Answers one app:// request from the built renderer folder, and from nowhere else. */
export async function serveAppFile(rendererDir: string, request: AppFileRequest): Promise<AppFileResponse> {
  if (request.method !== 'GET') return refused(405);
  const file = await resolveAppFile(rendererDir, request.url);
  if (typeof file === 'number') return refused(file);
  return {
    status: 200,
    headers: {
      'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': RENDERER_CSP,
      'x-content-type-options': 'nosniff',
    },
    body: await fs.promises.readFile(file),
  };
}

/** The file behind a one-time download address (export/downloadAnswer.ts, bound to the core in main.ts). */
export type AnswerDownload = (token: string) => Promise<DownloadAnswer>;

/** The token of an app://minwon/download/<token> URL, or null for any other URL. */
function downloadToken(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || !parsed.pathname.startsWith(DOWNLOAD_PREFIX)) return null;
    return parsed.pathname.slice(DOWNLOAD_PREFIX.length);
  } catch {
    return null;
  }
}

/**
 * The handler for protocol.handle: a web Request in, a web Response out. A download address is answered with
 * the file streamed as it is made (the same answer the preview sends), everything else from the renderer folder.
 */
export const appProtocolHandler =
  (rendererDir: string, answerDownload?: AnswerDownload) =>
  async (request: Pick<Request, 'url' | 'method'>): Promise<Response> => {
    const token = answerDownload ? downloadToken(request.url) : null;
    if (token !== null && answerDownload) {
      if (request.method !== 'GET') return new Response(null, refused(405));
      const { status, headers, body } = await answerDownload(token);
      return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status, headers });
    }
    const { status, headers, body } = await serveAppFile(rendererDir, request);
    return new Response(body === null ? null : new Uint8Array(body), { status, headers });
  };
