import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Conf from 'conf';
import { HTTP_PREFIX } from '../../shared/contract/transport';
import { createCore } from '../core';
import { fileLogger } from '../log';
import { chromiumPrintToPdf } from './chromiumPrintToPdf';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Same ceiling as the largest input the contract accepts (a 10 MB staff file, base64), plus room. */
const MAX_BODY = 16 * 1024 * 1024;

export interface PreviewOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
}

/**
 * The browser preview: the built renderer and the same handler table as the app, over HTTP.
 * It binds to 127.0.0.1 only and checks the Host header, so no other machine or web page can call it.
 */
export async function startPreviewServer({ port, dataDir, rendererDir }: PreviewOptions) {
  const log = fileLogger(path.join(dataDir, 'logs', 'preview.log'));
  const store = new Conf({ cwd: dataDir, configName: 'settings', projectName: 'minwon-preview' });
  let baseUrl = '';
  const core = createCore({ dataDir, store, log, printToPdf: chromiumPrintToPdf(() => baseUrl) });

  const server = http.createServer((req, res) => {
    const address = server.address();
    const boundPort = typeof address === 'object' && address ? address.port : port;
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${boundPort}` && host !== `localhost:${boundPort}`) {
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith(HTTP_PREFIX)) {
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      readBody(req)
        .then(async (body) => {
          let input: unknown;
          try {
            input = body.length ? JSON.parse(body) : undefined;
          } catch {
            return sendJson(res, { ok: false, error: { code: 'invalid_input', message: '요청 형식이 올바르지 않습니다.' } });
          }
          sendJson(res, await core.call(decodeURIComponent(url.pathname.slice(HTTP_PREFIX.length)), input));
        })
        .catch(() => sendJson(res, { ok: false, error: { code: 'invalid_input', message: '요청이 너무 큽니다.' } }, 413));
      return;
    }
    serveStatic(rendererDir, url.pathname, res);
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as { port: number }).port;
  baseUrl = `http://127.0.0.1:${actualPort}/`;
  return {
    url: baseUrl,
    core,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          core.close();
          resolve();
        });
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, body: unknown, status = 200) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse) {
  const resolved = path.normalize(path.join(root, decodeURIComponent(pathname)));
  // Anything that would climb out of the renderer folder, or is not a file, gets the app's page.
  const file =
    resolved.startsWith(root) && fs.existsSync(resolved) && fs.statSync(resolved).isFile()
      ? resolved
      : path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('renderer not built: run `npm run build:renderer`');
    return;
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
}
