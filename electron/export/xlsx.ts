import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { XLSX_MIME, type ExportFile } from '../../shared/exportFile';

export interface SheetColumn<Row> {
  header: string;
  width?: number;
  value: (row: Row) => string | number | null;
}

export interface SheetSpec<Row> {
  name: string;
  /** Lines above the table (title, period, office), each in its own row. */
  title?: string[];
  columns: SheetColumn<Row>[];
  /** The rows, or pages of them read one after another (a download of years of records): only one page is ever in memory. */
  rows: Row[] | AsyncIterable<Row[]>;
}

/** exceljs, loaded by the first file written or read rather than at start-up (issue 15). */
export const loadExcelJS = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** The style of every data cell, shared (see below); never changed. */
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };

async function* pagesOf<Row>(rows: Row[] | AsyncIterable<Row[]>): AsyncIterable<Row[]> {
  if (Array.isArray(rows)) yield rows;
  else yield* rows;
}

/**
 * exceljs commits a row synchronously, whatever the destination can take: between pages the writer waits
 * until the destination (a slow download, a disk) has taken what it was given, so the file never piles up here.
 */
async function roomIn(out: Writable) {
  if (out.destroyed) throw new DownloadAbandoned();
  if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  if (out.destroyed) throw new DownloadAbandoned();
}

/** The destination went away mid-file (the download was cancelled): nothing more is read or written. */
export class DownloadAbandoned extends Error {
  constructor() {
    super('the destination closed before the file was complete');
    this.name = 'DownloadAbandoned';
  }
}

/** A row's own style object, which exceljs's types leave out. */
type StyledRow = ExcelJS.Row & { style: Partial<ExcelJS.Style> };
const plainCell = (cell: ExcelJS.Cell) => {
  cell.style = PLAIN;
};

/**
 * A page of data rows, each committed (written out) as it is added, so exceljs keeps none of them. exceljs
 * looks a style up by the identity of its object before it serialises one: a data row and its cells sharing
 * one plain style cost a lookup each, not a style written out and compared per cell. A plain function, not
 * the async writer's body, so the engine optimises this loop early.
 */
function writeRows<Row>(sheet: ExcelJS.Worksheet, columns: SheetColumn<Row>[], page: Row[]) {
  const width = columns.length;
  for (const row of page) {
    const values: (string | number | null)[] = new Array(width);
    for (let i = 0; i < width; i++) values[i] = columns[i].value(row);
    const line = sheet.addRow(values) as StyledRow;
    line.style = PLAIN;
    line.eachCell(plainCell);
    line.commit();
  }
}

/**
 * Every XLSX the app writes, streamed to `out` as it is made: an optional title block, a bold grey header row,
 * the same columns the screen shows, and their widths. One place, so every export looks alike and reads back
 * alike, whether it is a month's list carried back whole or years of the ledger streamed to a download.
 */
export async function writeXlsx(out: Writable, sheets: SheetSpec<any>[]): Promise<void> {
  const book = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = '민원서비스 실적관리';
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name.slice(0, 31));
    // Widths first: the streamed sheet writes its columns with its first row.
    spec.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width ?? 14));
    for (const line of spec.title ?? []) {
      const row = sheet.addRow([line]);
      row.font = { bold: true };
      row.commit();
    }
    if (spec.title?.length) sheet.addRow([]).commit();
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
    for await (const page of pagesOf(spec.rows)) {
      writeRows(sheet, spec.columns, page);
      await roomIn(out);
    }
    sheet.commit();
  }
  await book.commit();
}

/** A small file (a month's list) carried back whole, as base64 in the channel's answer. */
export async function buildXlsx(fileName: string, sheets: SheetSpec<any>[]): Promise<ExportFile> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(sink, sheets);
  return { fileName, mimeType: XLSX_MIME, contentBase64: Buffer.concat(chunks).toString('base64') };
}
