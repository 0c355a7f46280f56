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
  rows: Row[];
}

/**
 * Every XLSX the app writes: a bold header row, the same columns the screen shows, and an
 * optional title block. One place, so every export looks alike and reads back alike.
 */
/** exceljs, loaded by the first file written or read rather than at start-up (issue 15). */
export const loadExcelJS = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export async function buildXlsx(fileName: string, sheets: SheetSpec<any>[]): Promise<ExportFile> {
  const book = new (await loadExcelJS()).Workbook();
  book.creator = '민원서비스 실적관리';
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name.slice(0, 31));
    for (const line of spec.title ?? []) sheet.addRow([line]).font = { bold: true };
    if (spec.title?.length) sheet.addRow([]);
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of spec.rows) sheet.addRow(spec.columns.map((c) => c.value(row)));
    spec.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width ?? 14));
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName, mimeType: XLSX_MIME, contentBase64: buffer.toString('base64') };
}
