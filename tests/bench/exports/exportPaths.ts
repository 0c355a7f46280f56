import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Core } from '../../../electron/core';
import { answerDownload } from '../../../electron/export/downloadAnswer';
import { memoryLogger } from '../../../electron/log';
import { DOWNLOAD_PREFIX } from '../../../shared/contract/transport';
import type { DownloadTicket } from '../../../shared/exportFile';

export type ExportKind = 'interpretation' | 'ledger';
export const YEAR = { from: '2024-01-01', to: '2024-12-31' };

/**
 * The app's own path to a year's XLSX on disk, what the desk gets when it clicks XLSX and saves: the
 * channel issues the download address, and the function the preview and app:// answer that address with
 * streams the file into the destination (here a file, there the browser's download).
 */
export async function appExport(core: Core, kind: ExportKind, file: string) {
  const issued =
    kind === 'interpretation'
      ? await core.call('interpretation.requests.export', YEAR)
      : await core.call('loans.exportLedger', { ...YEAR, state: 'all', search: '', reason: '벤치마크' });
  if (!issued.ok) throw new Error(issued.error.message);
  const token = (issued.value as DownloadTicket).url.slice(DOWNLOAD_PREFIX.length);
  const answer = await answerDownload(core.openDownload, token, memoryLogger().logger);
  if (answer.status !== 200) throw new Error(`download answered ${answer.status}`);
  await pipeline(answer.body, fs.createWriteStream(file));
}

/**
 * The same rows written the plainest way exceljs offers: a plain SELECT of the columns the sheet shows,
 * one value a column of the sheet, row by row into exceljs's streaming WorkbookWriter on the file.
 */
export async function plainExport(core: Core, kind: ExportKind, file: string) {
  const query =
    kind === 'interpretation'
      ? sql<Record<string, unknown>>`SELECT r.requested_on, r.requested_time, r.language, r.language_note, r.nationality, m.name AS method, r.task, r.minutes,
          r.people, r.status, r.outcome, s.name AS staff, r.note FROM interpretation_request r JOIN interpretation_method m ON m.id = r.method_id
          LEFT JOIN staff s ON s.id = r.staff_id WHERE r.requested_on BETWEEN ${YEAR.from} AND ${YEAR.to} ORDER BY r.requested_on, r.requested_time, r.id`
      : // The sheet's 13 columns, each from the columns it shows (two in one cell joined in SQL): the staff who
        // received the wheelchair back is read as well as the one who lent it.
        sql<Record<string, unknown>>`SELECT l.id, l.started_at, w.asset_number || ' ' || w.kind, l.borrower_name || ' ' || l.borrower_relation, l.borrower_phone,
          l.purpose, l.id_checked, l.due_date || coalesce(l.extended_at, ''), l.returned_at, coalesce(l.return_condition, ''), lb.name AS lent_by,
          rb.name AS received_by, l.note || ' ' || l.return_note FROM loan l JOIN wheelchair w ON w.id = l.wheelchair_id
          LEFT JOIN staff lb ON lb.id = l.lent_by LEFT JOIN staff rb ON rb.id = l.received_by
          WHERE l.started_at >= ${YEAR.from} AND l.started_at < '2025-01-01' ORDER BY l.started_at DESC, l.id DESC`;
  const { rows } = await query.execute(core.db);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = book.addWorksheet('rows');
  for (const row of rows) sheet.addRow(Object.values(row)).commit();
  sheet.commit();
  await book.commit();
}
