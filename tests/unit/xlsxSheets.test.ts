import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../electron/staff/staffSheet';
import { readXlsxSheets } from '../../electron/staff/xlsxSheets';
import { budgetLedger, communicationLedger } from '../fixtures/oldLedgers/cardLedgers';
import { healingLedger, interpretationLedger, loanLedger } from '../fixtures/oldLedgers/deskLedgers';
import { kindnessLedger, trainingAttendanceLedger, trainingHeadCountLedger } from '../fixtures/oldLedgers/staffLedgers';

/*
 * The lean XLSX reader (electron/staff/xlsxSheets.ts) reads the cells exceljs's whole workbook model
 * reads: the same values, dates, merged ranges and sheet names, for every old ledger the tests bring
 * in and for the kinds of cell an office's sheet may hold.
 */

/** A cell as exceljs's model gives it, the way the importer used to read it. */
function modelCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return modelCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : modelCell(value.text as ExcelJS.CellValue);
  return null;
}

async function byExcelJS(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: { row: number; cells: SheetCell[] }[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: SheetCell[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(modelCell(row.getCell(c).value));
      // A styled empty cell at the end of a row is no value: the lean reader stops at the last value.
      while (cells.length > 1 && cells.at(-1) === null) cells.pop();
      rows.push({ row: r, cells });
    }
    return { name: sheet.name, rows };
  });
}

describe('reading an XLSX for its cells', () => {
  it('reads every old ledger of the tests as exceljs does', async () => {
    const ledgers = [loanLedger, interpretationLedger, healingLedger, kindnessLedger, trainingAttendanceLedger, trainingHeadCountLedger, communicationLedger, budgetLedger];
    for (const ledger of ledgers) {
      const bytes = Buffer.from(await ledger(), 'base64');
      expect(readXlsxSheets(bytes)).toEqual(await byExcelJS(bytes));
    }
  });

  it('reads rich text, formulas, links, errors, true/false, dates and times, merged ranges and escaped characters', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('대장 & 메모');
    sheet.getCell('A1').value = { richText: [{ text: '홍' }, { text: '길동', font: { bold: true } }] };
    sheet.getCell('B1').value = { formula: 'A2+1', result: 3 } as ExcelJS.CellValue;
    sheet.getCell('C1').value = true;
    sheet.getCell('D1').value = { text: '안내 <&>', hyperlink: 'http://intra/' } as ExcelJS.CellValue;
    sheet.getCell('E1').value = { error: '#N/A' } as ExcelJS.CellValue;
    sheet.getCell('F1').value = new Date(Date.UTC(2024, 2, 5, 14, 30));
    sheet.getCell('G1').value = `"따옴표" 'x' &amp;`;
    sheet.getCell('A3').value = 0.5;
    sheet.getCell('A3').numFmt = 'h:mm';
    sheet.getCell('B3').value = 45356;
    sheet.getCell('B3').numFmt = 'yyyy"년" m"월" d"일"';
    sheet.getCell('C3').value = 1234.5;
    sheet.getCell('C3').numFmt = '#,##0.0"원"';
    sheet.mergeCells('A5:B7');
    sheet.getCell('A5').value = '같은 날';
    sheet.getCell('C7').value = '셋째 줄';
    book.addWorksheet('빈 시트');
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const read = readXlsxSheets(bytes);
    expect(read).toEqual(await byExcelJS(bytes));
    expect(read[0].rows[0].cells).toEqual(['홍길동', 3, true, '안내 <&>', null, new Date(Date.UTC(2024, 2, 5, 14, 30)), `"따옴표" 'x' &amp;`]);
    expect(read[0].rows[2].cells).toEqual([new Date(Date.UTC(1899, 11, 30, 12)), new Date(Date.UTC(2024, 2, 5)), 1234.5]);
    expect(read[0].rows.slice(4).map((r) => r.cells)).toEqual([
      ['같은 날', '같은 날'],
      ['같은 날', '같은 날'],
      ['같은 날', '같은 날', '셋째 줄'],
    ]);
    expect(read[1]).toEqual({ name: '빈 시트', rows: [] });
  });

  it('leaves off a merged range’s rows below the last value, and refuses what is not an XLSX', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('S');
    sheet.getCell('A1').value = '제목';
    sheet.mergeCells('A1:A40');
    const read = readXlsxSheets(Buffer.from(await book.xlsx.writeBuffer()));
    expect(read[0].rows).toEqual([{ row: 1, cells: ['제목'] }]);
    expect(() => readXlsxSheets(Buffer.from('자산번호,대여일\nW-01,2024-03-04\n'))).toThrow();
  });
});
