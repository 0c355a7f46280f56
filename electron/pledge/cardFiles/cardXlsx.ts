import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../export/xlsx';
import type { PrintableCard } from '../../../shared/contract/pledge';
import { XLSX_MIME, type ExportFile } from '../../../shared/exportFile';
import { cardDocument, cardFileName } from '../../../shared/pledge/cardDocument';
import type { AreaFigure } from '../../../shared/pledge/section';
import { addCardSheet } from './xlsxCardSheet';
import { A4_PRINT, displayWidth, PRINT_WIDTH_UNITS } from './xlsxPrint';

const FIGURE_COLUMNS: { header: string; value: (f: AreaFigure) => string | number }[] = [
  { header: '구분', value: (f) => f.area },
  { header: '연도', value: (f) => f.year },
  { header: '항목', value: (f) => f.item },
  { header: '값', value: (f) => f.value },
  { header: '단위', value: (f) => f.unit },
];

/** Every figure behind the lines, as numbers to sort and add up; its header row repeats on each page. */
function addFiguresSheet(book: ExcelJS.Workbook, figures: AreaFigure[], heading: string) {
  const sheet = book.addWorksheet('연도별 실적', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`연도별 실적 ${heading.replace(/^추진실적 /, '')}`]).font = { name: '맑은 고딕', size: 11, bold: true };
  const header = sheet.addRow(FIGURE_COLUMNS.map((c) => c.header));
  for (const f of figures) sheet.addRow(FIGURE_COLUMNS.map((c) => c.value(f)));
  const thin = { style: 'thin' as const };
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((cell) => {
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.font = { name: '맑은 고딕', size: 9, bold: n === 2 };
    });
  });
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } }));
  const content = FIGURE_COLUMNS.map((c) => Math.max(displayWidth(c.header), ...figures.map((f) => displayWidth(String(c.value(f))))) + 2);
  const total = content.reduce((s, w) => s + w, 0);
  content.forEach((w, i) => (sheet.getColumn(i + 1).width = Math.max(w, Math.round((w * PRINT_WIDTH_UNITS) / total))));
  sheet.pageSetup = { ...A4_PRINT, printTitlesRow: '2:2' };
  sheet.headerFooter = { oddFooter: '&C&P / &N' };
}

/**
 * The whole card as a workbook ready to print: the card on its own sheet (A4, margins, one page wide,
 * `-회` and `-` as the card writes them while staying numbers), then every figure per area and year.
 */
export async function cardXlsx(printable: PrintableCard): Promise<ExportFile> {
  const { card, section } = printable;
  const book = new (await loadExcelJS()).Workbook();
  book.creator = printable.officeName || '민원서비스 실적관리';
  addCardSheet(book, '공약카드', cardDocument(printable));
  addFiguresSheet(book, section.figures, section.heading);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: cardFileName(card, section, 'xlsx'), mimeType: XLSX_MIME, contentBase64: buffer.toString('base64') };
}
