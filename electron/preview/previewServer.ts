import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import Conf from 'conf';
import { DOWNLOAD_PREFIX, HTTP_PREFIX } from '../../shared/contract/transport';
import type { AppError } from '../../shared/result';
import { startBackupSchedule } from '../backup/backupSchedule';
import { backupCopyFolder } from '../backup/backupService';
import { createCore, DatabaseStartError, type Core, type CoreOptions } from '../core';
import { applyRecovery, recoveryOffer } from '../db/startupRecovery';
import { answerDownload, DOWNLOAD_FAILED } from '../export/downloadAnswer';
import { wireAnswer } from '../ipc/wireAnswer';
import { fileLogger, type Logger } from '../log';
import { chromiumPrintToPdf } from './chromiumPrintToPdf';
import { refuseForeignCaller, refuseForeignPage } from './callerCheck';
import { readBody } from './requestBody';
import { sendText, serveStatic } from './staticFiles';

export interface PreviewOptions {
  port: number;
  dataDir: string;
  rendererDir: string;
  /** What to do when the records will not open (PREVIEW_RECOVER): without it the preview stops and says why. */
  recover?: 'restore_backup' | 'start_empty';
}

/**
 * The browser preview: the built renderer and the same handler table as the app, over HTTP.
 * It binds to 127.0.0.1 only and checks the Host header, so no other machine can call it, and it answers
 * /api/ only for its own page (see callerCheck), so no other web page in the same browser can either.
 */
export async function startPreviewServer({ port, dataDir, rendererDir, recover }: PreviewOptions) {
  const log = fileLogger(path.join(dataDir, 'logs', 'preview.log'));
  const store = new Conf({ cwd: dataDir, configName: 'settings', projectName: 'minwon-preview' });
  let baseUrl = '';
  const options = { dataDir, store, log, printToPdf: chromiumPrintToPdf(() => baseUrl) };
  const core = await openWithRecovery(options, recover);
  const stopBackups = startBackupSchedule(core.backups, log);

  const server = http.createServer((req, res) => {
    const isApi = req.url?.startsWith(HTTP_PREFIX) ?? false;
    const address = server.address();
    const boundPort = typeof address === 'object' && address ? address.port : port;
    const host = req.headers.host ?? '';
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name; only our own names are answered.
    if (host !== `127.0.0.1:${boundPort}` && host !== `localhost:${boundPort}`) {
      if (isApi) return sendError(res, 403, { code: 'forbidden', message: '이 PC의 주소로 연 화면에서만 쓸 수 있습니다.' });
      return sendText(res, 403, '이 PC의 주소(127.0.0.1)로만 열 수 있습니다.');
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      if (isApi) return sendError(res, 404, unknownChannel);
      return sendText(res, 400, '주소가 올바르지 않습니다.');
    }
    if (isApi) {
      answerApi(core, req, res, pathname.slice(HTTP_PREFIX.length), `http://${host}`).catch((error: unknown) => {
        log.error('preview_request_failed', { error: error instanceof Error ? error.message : String(error) });
        if (!res.headersSent) sendError(res, 500, { code: 'unexpected', message: '요청을 처리하지 못했습니다. 미리보기를 다시 시작해 주세요.' });
        else res.destroy();
      });
      return;
    }
    if (pathname.startsWith(DOWNLOAD_PREFIX)) {
      sendDownload(core, req, res, pathname.slice(DOWNLOAD_PREFIX.length), `http://${host}`, log).catch((error: unknown) => {
        log.error('preview_download_failed', { error: error instanceof Error ? error.message : String(error) });
        if (!res.headersSent) sendText(res, 500, DOWNLOAD_FAILED);
        else res.destroy();
      });
      return;
    }
    serveStatic(rendererDir, pathname, req, res);
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as { port: number }).port;
  baseUrl = `http://127.0.0.1:${actualPort}/`;
  // As in the app once its window shows: the start-up chores (the retention purge) run after the page can be served.
  await core.afterStart().catch((error: unknown) => log.error('after_start_failed', { error: error instanceof Error ? error.message : String(error) }));
  return {
    url: baseUrl,
    core,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          stopBackups();
          void core.close().then(() => resolve());
        });
      }),
  };
}

/**
 * The preview's side of start-up recovery: the person chose in advance (PREVIEW_RECOVER) what to do if
 * the records will not open; without a choice the DatabaseStartError goes up to server.ts, which
 * explains it in Korean and lists the choices.
 */
async function openWithRecovery(options: CoreOptions, recover: PreviewOptions['recover']): Promise<Core> {
  try {
    return await createCore(options);
  } catch (error) {
    if (!(error instanceof DatabaseStartError) || !recover || error.problem.kind === 'network_location') throw error;
    const offer = recoveryOffer(error, options.dataDir, backupCopyFolder(options.store));
    if (recover === 'restore_backup' && !offer.backup) throw error;
    const { setAsidePath } = applyRecovery(recover, options.dataDir, offer.backup);
    options.log.info('database_recovered', { choice: recover, setAside: setAsidePath !== null, fromBackup: offer.backup?.id ?? null });
    return await createCore(options);
  }
}

const unknownChannel: AppError = { code: 'unknown_channel', message: '알 수 없는 요청입니다.' };

/** POST /api/<channel> with the input as JSON: the same `core.call` Electron's IPC uses. */
async function answerApi(core: Core, req: http.IncomingMessage, res: http.ServerResponse, encodedChannel: string, ownOrigin: string) {
  if (req.method !== 'POST') return sendError(res, 405, { code: 'invalid_input', message: '이 주소는 POST 요청만 받습니다.' });
  const refusal = refuseForeignCaller(req.headers, ownOrigin);
  if (refusal) return sendError(res, refusal.status, refusal.error);
  let channel: string;
  try {
    channel = decodeURIComponent(encodedChannel);
  } catch {
    return sendError(res, 404, unknownChannel);
  }

  const body = await readBody(req);
  if (body.kind === 'too_large') return sendError(res, 413, { code: 'invalid_input', message: '요청이 너무 큽니다.' });
  if (body.kind === 'not_utf8') return sendError(res, 400, { code: 'invalid_input', message: '요청의 글자를 읽을 수 없습니다(UTF-8이 아닙니다).' });
  let input: unknown;
  try {
    input = body.text.length ? JSON.parse(body.text) : undefined;
  } catch {
    return sendError(res, 400, { code: 'invalid_input', message: '요청 형식이 올바르지 않습니다.' });
  }
  const result = await core.call(channel, input);
  sendJson(res, wireAnswer(channel, result), !result.ok && result.error.code === 'unknown_channel' ? 404 : 200);
}

/** GET /download/<token>: a streamed file, from the app's own page only, written into the response as it is made. */
async function sendDownload(core: Core, req: http.IncomingMessage, res: http.ServerResponse, token: string, ownOrigin: string, log: Logger) {
  if (req.method !== 'GET') return sendText(res, 405, '이 주소는 내려받기만 할 수 있습니다.');
  const refusal = refuseForeignPage(req.headers, ownOrigin);
  if (refusal) return sendText(res, refusal.status, refusal.error.message);
  const answer = await answerDownload(core.openDownload, token, log);
  res.writeHead(answer.status, answer.headers);
  // A download cancelled in the browser closes the response, and the file stops being made.
  pipeline(answer.body, res, () => {});
}

function sendError(res: http.ServerResponse, status: number, error: AppError) {
  sendJson(res, { ok: false, error }, status);
}

function sendJson(res: http.ServerResponse, body: unknown, status: number) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}
