import type { Sheet, SheetCell } from './staffSheet';
import { zipEntries } from './zipEntries';

/*
 * An XLSX read for its cells only: each sheet's values, as the office typed them or Excel computed
 * them, without styles, fonts or drawings. A spreadsheet library's whole model of a 10,000-row ledger
 * takes over a hundred megabytes; this reads the same cells from the sheet's XML in a few.
 *
 * What it keeps of SpreadsheetML (ECMA-376 part 1, §18.3 sheets, §18.4 shared strings): a shared,
 * inline or formula string; a number, or a Date when the cell's number format is a date or a time (as
 * Excel shows it); TRUE/FALSE; an error cell as empty. A merged range reads its first cell's value in
 * every cell it covers, so a title merged across the columns, or a day merged down its rows, reads as
 * the office sees it.
 */

/** An element's start tag, with or without a namespace prefix (`<c`, `<x:c`). */
const tag = (name: string) => `<(?:[\\w.-]+:)?${name}\\b`;
const close = (name: string) => `<\\/(?:[\\w.-]+:)?${name}>`;
/** Every element `name`: its attributes and its content ('' when it closes itself). */
const elements = (name: string) => new RegExp(`${tag(name)}([^>]*?)(?:\\/>|>([\\s\\S]*?)${close(name)})`, 'g');

const ROW = elements('row');
const CELL = elements('c');
const SHARED_STRING = elements('si');
const TEXT = new RegExp(`${tag('t')}[^>]*?(?:\\/>|>([\\s\\S]*?)${close('t')})`, 'g');
const PHONETIC = new RegExp(`${tag('rPh')}[\\s\\S]*?${close('rPh')}`, 'g');
const VALUE = new RegExp(`${tag('v')}[^>]*>([\\s\\S]*?)${close('v')}`);
const INLINE = new RegExp(`${tag('is')}[^>]*>([\\s\\S]*?)${close('is')}`);
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.includes('&')
    ? s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()],
      )
    : s;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) out[m[1]] = decode(m[2] ?? m[3]);
  return out;
}

/** The text of a string item: its runs joined, without the phonetic guide some Excel versions add. */
const textOf = (xml: string) => [...xml.replace(PHONETIC, '').matchAll(TEXT)].map((m) => decode(m[1] ?? '')).join('');

/** `AB12` → column 27 (1-based) and row 12. */
function cellRef(ref: string): { col: number; row: number } | null {
  const m = /^([A-Z]+)(\d+)$/i.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { col, row: Number(m[2]) };
}

/**
 * Whether a number format shows a date or a time, by Excel's rule as exceljs applies it: the built-in
 * date and time formats, or a format whose code (outside quotes and brackets) has y, m, d, h, s or b.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const isDateCode = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** Which cell styles (by index) show dates. */
function dateStyles(styles: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(elements('numFmt'))) {
    const a = attributes(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = new RegExp(`${tag('cellXfs')}[^>]*>([\\s\\S]*?)${close('cellXfs')}`).exec(styles)?.[1] ?? '';
  const out = new Set<number>();
  [...xfs.matchAll(new RegExp(`${tag('xf')}([^>]*?)\\/?>`, 'g'))].forEach((m, index) => {
    const id = Number(attributes(m[1]).numFmtId ?? 0);
    if (BUILT_IN_DATES.has(id) || (custom.has(id) && isDateCode(custom.get(id)!))) out.add(index);
  });
  return out;
}

/** Excel's day number as a Date whose UTC fields are the day and time written (the 1904 system if the workbook uses it). */
const excelDate = (n: number, date1904: boolean) => new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

interface Book {
  strings: string[];
  dates: Set<number>;
  date1904: boolean;
}

function cellValue(a: Record<string, string>, content: string, book: Book): SheetCell {
  const type = a.t ?? 'n';
  if (type === 'inlineStr') return textOf(INLINE.exec(content)?.[1] ?? '');
  const v = VALUE.exec(content)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return book.strings[Number(v)] ?? null;
    case 'str':
      return decode(v);
    case 'b':
      return v.trim() !== '0';
    case 'e':
      return null;
    case 'd': {
      const d = new Date(decode(v));
      return Number.isNaN(d.getTime()) ? decode(v) : d;
    }
    default: {
      const n = Number(v);
      if (v.trim() === '' || Number.isNaN(n)) return null;
      return book.dates.has(Number(a.s ?? 0)) ? excelDate(n, book.date1904) : n;
    }
  }
}

/** One sheet's cells, rows numbered as Excel numbers them, merged ranges filled from their first cell. */
function readSheetXml(name: string, xml: string, book: Book): Sheet {
  const rows = new Map<number, SheetCell[]>();
  let rowNo = 0;
  for (const r of xml.matchAll(ROW)) {
    const ra = attributes(r[1]);
    rowNo = ra.r ? Number(ra.r) : rowNo + 1;
    let col = 0;
    const cells: SheetCell[] = [];
    for (const c of (r[2] ?? '').matchAll(CELL)) {
      const ca = attributes(c[1]);
      col = (ca.r && cellRef(ca.r)?.col) || col + 1;
      const value = cellValue(ca, c[2] ?? '', book);
      if (value !== null) cells[col - 1] = value;
    }
    if (cells.length) rows.set(rowNo, cells);
  }
  let lastRow = 0;
  let lastCol = 0;
  for (const [r, cells] of rows) {
    lastRow = Math.max(lastRow, r);
    lastCol = Math.max(lastCol, cells.length);
  }
  for (const m of xml.matchAll(elements('mergeCell'))) {
    const [from, to] = (attributes(m[1]).ref ?? '').split(':').map(cellRef);
    if (!from || !to) continue;
    const value = rows.get(from.row)?.[from.col - 1] ?? null;
    if (value === null) continue;
    // A range reaching past the last row or column with a value is decoration there: it is cut off.
    for (let r = from.row; r <= Math.min(to.row, lastRow); r++) {
      const cells = rows.get(r) ?? [];
      for (let c = from.col; c <= Math.min(to.col, lastCol); c++) cells[c - 1] = value;
      rows.set(r, cells);
    }
  }
  const out: Sheet['rows'] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = rows.get(r) ?? [];
    out.push({ row: r, cells: Array.from({ length: Math.max(cells.length, 1) }, (_, i) => cells[i] ?? null) });
  }
  return { name, rows: out };
}

/** The workbook's sheets in their tab order, each with its cells. */
export function readXlsxSheets(bytes: Buffer): Sheet[] {
  const files = zipEntries(bytes, (n) => (n.startsWith('xl/') && n.endsWith('.xml')) || n.endsWith('.rels'));
  const text = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error('xlsx: no workbook');
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(elements('Relationship'))) {
    const a = attributes(m[1]);
    targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const book: Book = {
    strings: [...text('xl/sharedStrings.xml').matchAll(SHARED_STRING)].map((m) => textOf(m[2] ?? '')),
    dates: dateStyles(text('xl/styles.xml')),
    date1904: /date1904\s*=\s*["'](1|true)["']/.test(workbook),
  };
  return [...workbook.matchAll(elements('sheet'))].map((m) => {
    const a = attributes(m[1]);
    const relation = Object.entries(a).find(([k]) => /(^|:)id$/.test(k))?.[1] ?? '';
    const path = (targets.get(relation) ?? '').replace(/\/\.\//g, '/');
    return readSheetXml(a.name ?? '', text(path), book);
  });
}
