import { readXlsxSheets } from './xlsxSheets';

/** A staff list as offices keep it: a header row, then one person a row. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/**
 * A cell as the sheet holds it: text, a number (an Excel date serial stays a number when the cell has
 * no date format), a date (a cell Excel formats as one; its UTC fields are the day as written),
 * true/false, or nothing. A formula is its last result; rich text and links their text.
 */
export type SheetCell = string | number | Date | boolean | null;

/** One sheet of a workbook (a CSV is one sheet named ''), its rows numbered as Excel numbers them. */
export interface Sheet {
  name: string;
  rows: { row: number; cells: SheetCell[] }[];
}

/** Excel in Korean Windows saves CSV as CP949 unless told otherwise; accept both. */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('euc-kr').decode(bytes);
  }
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every sheet of an XLSX, or the one of a CSV (UTF-8 or CP949). */
export async function readWorkbook(fileName: string, bytes: Buffer): Promise<Sheet[]> {
  if (/\.xlsx$/i.test(fileName)) return readXlsxSheets(bytes);
  return [{ name: '', rows: parseCsv(decodeCsv(bytes)).map((cells, i) => ({ row: i + 1, cells })) }];
}

/** A cell as the staff list reads it: its text, trimmed. */
const cellText = (cell: SheetCell) => (cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();

export async function readSheet(fileName: string, bytes: Buffer): Promise<SheetRow[]> {
  const [first] = await readWorkbook(fileName, bytes);
  return (first?.rows ?? []).map((r) => ({ row: r.row, cells: r.cells.map(cellText) }));
}
