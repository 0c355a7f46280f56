import ExcelJS from 'exceljs';
import { answerDownload } from '../../electron/export/downloadAnswer';
import type { DownloadOpening } from '../../electron/export/downloadDesk';
import { memoryLogger, type Logger } from '../../electron/log';
import { DOWNLOAD_PREFIX } from '../../shared/contract/transport';
import type { DownloadTicket } from '../../shared/exportFile';

interface Downloads {
  openDownload(token: string): Promise<DownloadOpening>;
}

/** The token in a download address (`/download/<token>`). */
export const tokenOf = (ticket: DownloadTicket) => ticket.url.slice(DOWNLOAD_PREFIX.length);

/** Fetches a download address as the preview and app:// answer it: the status, the headers and every byte. */
export async function fetchDownload(core: Downloads, ticket: DownloadTicket, log: Logger = memoryLogger().logger) {
  const answer = await answerDownload((token) => core.openDownload(token), tokenOf(ticket), log);
  const chunks: Buffer[] = [];
  for await (const chunk of answer.body) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return { status: answer.status, headers: answer.headers, bytes, text: bytes.toString('utf8') };
}

/** A streamed XLSX file, fetched and read back with exceljs as Excel would open it. */
export async function downloadedBook(core: Downloads, ticket: DownloadTicket): Promise<ExcelJS.Workbook> {
  const fetched = await fetchDownload(core, ticket);
  if (fetched.status !== 200) throw new Error(`the download answered ${fetched.status}: ${fetched.text}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fetched.bytes as never);
  return book;
}

/** A sheet's values as rows of cells (exceljs counts columns from 1: the empty first slot is dropped). */
export const sheetRows = (sheet: ExcelJS.Worksheet) => (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
