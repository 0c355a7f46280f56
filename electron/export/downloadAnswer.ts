import { Readable, Transform } from 'node:stream';
import type { Logger } from '../log';
import type { DownloadOpening } from './downloadDesk';
import { DownloadAbandoned } from './xlsx';

/** An HTTP-shaped answer: the preview writes it to its response, Electron's app:// handler into a web Response. */
export interface DownloadAnswer {
  status: number;
  headers: Record<string, string>;
  body: Readable;
}

export const DOWNLOAD_FAILED = '파일을 만들지 못했습니다. 화면에서 다시 내려받아 보세요. 되풀이되면 오류 기록을 관리자에게 알려 주세요.';

const text = (status: number, message: string): DownloadAnswer => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  body: Readable.from([Buffer.from(message, 'utf8')]),
});

/** RFC 6266: the Korean name for browsers that read filename*, and an ASCII stand-in for any that do not. */
const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/**
 * GET /download/<token>, in the preview and in the app alike: the file behind a one-time address, written
 * into the answer as it is read from the records. A refused or spent address gets its Korean reason. A
 * failure once the file has begun cannot change the status any more: it is logged with what the download
 * was (channel, person, bytes sent, never the rows), and the answer is cut off so the download shows as failed
 * rather than as a file that looks whole.
 */
export async function answerDownload(open: (token: string) => Promise<DownloadOpening>, token: string, log: Logger): Promise<DownloadAnswer> {
  let opening: DownloadOpening;
  try {
    opening = await open(token);
  } catch (error) {
    // Who is asking could not be read: nothing was sent, so the answer can still say so.
    log.error('download_open_failed', { error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) });
    return text(500, DOWNLOAD_FAILED);
  }
  if (!opening.ok) return text(opening.status, opening.message);
  let bytes = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  // The failure is logged below; whoever reads the body sees it cut off, and no one else needs the event.
  body.on('error', () => {});
  const startedAt = Date.now();
  const context = () => ({ channel: opening.channel, actor: opening.staffId, bytes, ms: Date.now() - startedAt });
  opening.write(body).then(
    () => {
      if (!body.writableEnded) body.end();
      log.info('download_sent', context());
    },
    (error: unknown) => {
      if (error instanceof DownloadAbandoned) log.info('download_abandoned', context());
      else log.error('download_failed', { ...context(), error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) });
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return {
    status: 200,
    headers: {
      'content-type': opening.mimeType,
      'content-disposition': attachment(opening.fileName),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}
