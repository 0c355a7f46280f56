import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

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

/**
 * Serves the built renderer. A path that does not name a file inside the renderer folder gets the app's
 * page (the app routes by hash), so nothing outside that folder is ever read.
 */
export function serveStatic(rendererDir: string, pathname: string, req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '이 주소는 읽기만 할 수 있습니다.');
  let requested: string;
  try {
    requested = decodeURIComponent(pathname);
  } catch {
    return sendText(res, 400, '주소가 올바르지 않습니다.');
  }
  const root = path.resolve(rendererDir);
  const file = fileInside(root, requested) ?? path.join(root, 'index.html');
  if (!isFile(file)) return sendText(res, 500, '화면 파일이 없습니다. `npm run build:renderer`를 먼저 실행하세요.');

  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    // Another site must not show the app in a frame and lure clicks onto it.
    'content-security-policy': "frame-ancestors 'self'",
    'x-frame-options': 'SAMEORIGIN',
  });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** The file the path names, when it lies inside root; null when it would climb out or is not a file. */
function fileInside(root: string, requested: string): string | null {
  const resolved = path.join(root, requested);
  // path.relative, not startsWith: "<root>-private" starts with "<root>" but is a sibling folder.
  const relative = path.relative(root, resolved);
  if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return null;
  return isFile(resolved) ? resolved : null;
}

function isFile(file: string) {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // A name the file system cannot take (a NUL byte, say) names no file.
    return false;
  }
}

export function sendText(res: http.ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(text);
}
