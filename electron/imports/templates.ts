import { loadExcelJS } from '../export/xlsx';
import { importAreaLabels, type ImportArea } from '../../shared/contract/imports';
import { XLSX_MIME, type ExportFile } from '../../shared/exportFile';
import { importFields } from '../../shared/imports/importFields';

/**
 * A blank sheet an office copies its old ledger into: the area's headers (required ones marked in the
 * header's note) and one example row, which the office overwrites. Read back, it imports as it stands.
 */
export async function importTemplate(area: ImportArea): Promise<ExportFile> {
  const fields = importFields(area);
  const book = new (await loadExcelJS()).Workbook();
  book.creator = '민원서비스 실적관리';
  const sheet = book.addWorksheet(importAreaLabels[area].replace(/[()]/g, '').slice(0, 31));
  const header = sheet.addRow(fields.map((f) => f.label));
  header.font = { bold: true };
  header.eachCell((cell, i) => {
    const field = fields[i - 1];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: field.required ? 'FFFFE8CC' : 'FFE9ECEF' } };
    cell.border = { bottom: { style: 'thin' } };
    cell.note = `${field.required ? '필수' : '선택'}${field.hint ? ` · ${field.hint}` : ''}`;
  });
  sheet.addRow(fields.map((f) => f.example));
  fields.forEach((f, i) => (sheet.getColumn(i + 1).width = Math.max(12, f.label.length * 2 + 4, String(f.example).length + 4)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: `가져오기 서식_${importAreaLabels[area]}.xlsx`, mimeType: XLSX_MIME, contentBase64: buffer.toString('base64') };
}
