import type ExcelJS from 'exceljs';
import type { CardBlock, TableBlock, TextBlock } from '../../../shared/pledge/cardDocument';
import { photoSize } from './photoSize';
import { A4_PRINT, displayWidth, PRINT_WIDTH_UNITS } from './xlsxPrint';

/**
 * The card on one worksheet, laid out from the same blocks as every other file: text in rows merged
 * across the sheet, the tables as real cells (사업비 현황's two-level header merged as the card draws
 * it), photos anchored in their own rows. Column widths follow the widest table's content, scaled to
 * the A4 width between the margins.
 */
export function addCardSheet(book: ExcelJS.Workbook, name: string, blocks: CardBlock[]) {
  const sheet = book.addWorksheet(name, { views: [{ showGridLines: false }] });
  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const columns = Math.max(...tables.map((t) => t.columns));
  const widths = columnWidths(tables.find((t) => t.columns === columns)!, columns);
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const sheetWidth = widths.reduce((s, w) => s + w, 0);

  let row = 1;
  for (const block of blocks) {
    if (block.kind === 'text') row = addText(sheet, row, block, columns, sheetWidth);
    else if (block.kind === 'table') row = addTable(sheet, row, block, widths);
    else row = addPhoto(book, sheet, row, block, widths);
  }
  sheet.pageSetup = { ...A4_PRINT, printTitlesRow: '1:1' };
  sheet.headerFooter = { oddFooter: '&C&P / &N' };
  return sheet;
}

/** Each column as wide as its widest cell in the table that uses every column, then all scaled to the page. */
function columnWidths(widest: TableBlock, columns: number): number[] {
  const content = Array.from({ length: columns }, () => 6);
  const at = cellColumns(widest);
  widest.rows.forEach((r, ri) =>
    r.forEach((c, ci) => {
      // A spanning cell shares its width among its columns.
      const each = (displayWidth(c.text) + 2) / c.colSpan;
      for (let k = 0; k < c.colSpan; k++) content[at[ri][ci] + k] = Math.max(content[at[ri][ci] + k], each);
    }),
  );
  const total = content.reduce((s, w) => s + w, 0);
  return content.map((w) => Math.round(((w * PRINT_WIDTH_UNITS) / total) * 10) / 10);
}

/**
 * The column each cell of a table starts at, as a table places them: left to right in its row, past the
 * columns a cell of an earlier row spans down over. One pass over the table (the widths and the cells).
 */
function cellColumns(table: TableBlock): number[][] {
  const taken = new Set<string>();
  return table.rows.map((r, ri) => {
    let col = 0;
    return r.map((c) => {
      while (taken.has(`${ri}:${col}`)) col++;
      for (let dr = 0; dr < c.rowSpan; dr++) for (let dc = 0; dc < c.colSpan; dc++) taken.add(`${ri + dr}:${col + dc}`);
      const start = col;
      col += c.colSpan;
      return start;
    });
  });
}

const TEXT_FONT = { name: '맑은 고딕', size: 10 };
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/** Rows tall enough for the wrapped text: Excel and LibreOffice do not size merged cells themselves. */
function linesFor(text: string, indent: number, sheetWidth: number) {
  const room = Math.max(10, sheetWidth - 2 - indent * 2);
  return Math.max(1, Math.ceil(displayWidth(text) / room));
}

function addText(sheet: ExcelJS.Worksheet, row: number, block: TextBlock, columns: number, sheetWidth: number): number {
  const cell = sheet.getCell(row, 1);
  cell.value = block.text;
  const indent = block.style === 'line' ? block.depth * 2 : 0;
  const look: Record<TextBlock['style'], { size: number; bold?: boolean; horizontal: 'left' | 'center' | 'right' }> = {
    heading: { size: 11, bold: true, horizontal: 'left' },
    label: { size: 10, bold: true, horizontal: 'left' },
    line: { size: 10, horizontal: 'left' },
    tags: { size: 10, horizontal: 'center' },
    caption: { size: 9, horizontal: 'center' },
    asOf: { size: 8, horizontal: 'right' },
  };
  const { size, bold, horizontal } = look[block.style];
  cell.font = { ...TEXT_FONT, size, bold };
  cell.alignment = { horizontal, vertical: 'top', wrapText: true, indent };
  sheet.mergeCells(row, 1, row, columns);
  sheet.getRow(row).height = linesFor(block.text, indent, sheetWidth) * (size + 4) + (block.style === 'heading' ? 6 : 1);
  return row + 1;
}

/** How the card's own words become a number that reads the same: `70`, `-` (no money), `3회`, `-회`. */
function cellValue(text: string): { value: string | number; numFmt?: string } {
  const money = '#,##0;-#,##0;"-"';
  const times = '#,##0"회";-#,##0"회";"-회"';
  if (text === '-') return { value: 0, numFmt: money };
  if (text === '-회') return { value: 0, numFmt: times };
  if (/^[\d,]+$/.test(text)) return { value: Number(text.replace(/,/g, '')), numFmt: money };
  if (/^[\d,]+회$/.test(text)) return { value: Number(text.slice(0, -1).replace(/,/g, '')), numFmt: times };
  return { value: text };
}

/**
 * The sheet's columns each table column covers: a narrower table's column boundaries fall on the sheet
 * columns nearest to where its own widths would put them.
 */
function spreadColumns(table: TableBlock, widths: number[]): number[] {
  if (table.columns === widths.length) return widths.map(() => 1);
  const sheetTotal = widths.reduce((s, w) => s + w, 0);
  const tableTotal = table.widths.reduce((s, w) => s + w, 0);
  const edges = widths.map((_, i) => widths.slice(0, i + 1).reduce((s, w) => s + w, 0));
  const spans: number[] = [];
  let used = 0;
  let target = 0;
  table.widths.forEach((w, i) => {
    target += (w * sheetTotal) / tableTotal;
    const left = table.columns - i - 1;
    // The nearest sheet column edge, leaving at least one column for each table column still to come.
    let end = edges.reduce((best, e, k) => (Math.abs(e - target) < Math.abs(edges[best] - target) ? k : best), used);
    end = Math.min(Math.max(end, used), widths.length - 1 - left);
    spans.push(end + 1 - used);
    used = end + 1;
  });
  return spans;
}

function addTable(sheet: ExcelJS.Worksheet, first: number, table: TableBlock, widths: number[]): number {
  const spans = spreadColumns(table, widths);
  const start = spans.map((_, i) => 1 + spans.slice(0, i).reduce((s, n) => s + n, 0));
  const at = cellColumns(table);
  table.rows.forEach((r, ri) => {
    const sheetRow = first + ri;
    sheet.getRow(sheetRow).height = 18;
    r.forEach((c, ci) => {
      const col = at[ri][ci];
      const left = start[col];
      const right = start[col + c.colSpan - 1] + spans[col + c.colSpan - 1] - 1;
      const bottom = sheetRow + c.rowSpan - 1;
      const cell = sheet.getCell(sheetRow, left);
      const { value, numFmt } = cellValue(c.text);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      if (right > left || bottom > sheetRow) sheet.mergeCells(sheetRow, left, bottom, right);
      // Every cell of a merged area gets the border, or the printed box has gaps.
      for (let y = sheetRow; y <= bottom; y++) {
        for (let x = left; x <= right; x++) {
          const part = sheet.getCell(y, x);
          part.border = box;
          part.font = { ...TEXT_FONT, size: 9, bold: c.head };
          part.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
          if (c.head) part.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } };
        }
      }
    });
  });
  // A blank row after the table, so the next heading does not touch it.
  sheet.getRow(first + table.rows.length).height = 6;
  return first + table.rows.length + 1;
}

/** Excel's column width unit in pixels (Calibri 11 at 96 dpi: 7 px a character plus 5 px of padding). */
const columnPixels = (width: number) => Math.round(width * 7 + 5);

function addPhoto(book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, row: number, block: Extract<CardBlock, { kind: 'photo' }>, widths: number[]): number {
  const { bytes, widthMm, heightMm } = photoSize(block);
  const px = (mm: number) => Math.max(1, Math.round((mm * 96) / 25.4));
  const image = book.addImage({ buffer: bytes as unknown as ExcelJS.Buffer, extension: block.mimeType === 'image/png' ? 'png' : 'jpeg' });
  // Centred: find the column (and the fraction of it) where the photo's left edge falls.
  const pixels = widths.map(columnPixels);
  let left = (pixels.reduce((s, p) => s + p, 0) - px(widthMm)) / 2;
  let col = 0;
  while (col < pixels.length - 1 && left >= pixels[col]) left -= pixels[col++];
  sheet.addImage(image, { tl: { col: col + left / pixels[col], row: row - 1 }, ext: { width: px(widthMm), height: px(heightMm) }, editAs: 'oneCell' });
  sheet.getRow(row).height = (heightMm * 72) / 25.4 + 2;
  return row + 1;
}
