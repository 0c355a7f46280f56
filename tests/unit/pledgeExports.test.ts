import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/exportFile';
import { fileBytes, officeWithCard, unescapeXml, unzip } from '../fixtures/pledgeOffice/cardFiles';
import { OFFICE_CARD_LINES, OFFICE_CARD_TABLES, OFFICE_SECTION } from '../fixtures/pledgeOffice/expected';
import { fakeSources } from '../fixtures/pledgeOffice/fakeSources';
import { officeAreas } from '../fixtures/pledgeOffice/office';

/** A DOCX as Word holds it: paragraphs' text in order, and each table's rows (a cell merged from above left out). */
async function docxContent(file: ExportFile) {
  const zip = await unzip(file);
  const xml = await zip.file('word/document.xml')!.async('string');
  const texts = (part: string) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join('');
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => texts(p[0])).filter((t) => t !== '');
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].filter((c) => !/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(c[0])).map((c) => texts(c[0])),
    ),
  );
  const footer = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  return { xml, paragraphs, tables, footer: footer.join(''), media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')) };
}

describe("the card's records through the channels", () => {
  it('give the hand-written section when the areas count as the fixture office', async () => {
    const { h, period, ctx, app } = await officeWithCard();
    expect((await h['pledge.section'](period, ctx)).text.split('\n')).toEqual(OFFICE_SECTION);
    await app.close();
  });

  it('refuse an as-of date before the period starts, beside the as-of date', async () => {
    const { app, period } = await officeWithCard();
    expect(await app.call('pledge.section', { ...period, asOf: '2023-12-31' })).toMatchObject({ ok: false, error: { field: 'asOf' } });
    await app.close();
  });
});

describe('DOCX', () => {
  it('is the whole card in its order: every line, real tables with the two-level 사업비 header, and the photo', async () => {
    const { exportFile, app } = await officeWithCard();
    const file = await exportFile('pledge.exportDocx');
    expect(file.fileName).toBe('공약카드_열린구정2-1_2024-01-01_2025-06-30.docx');
    const { paragraphs, tables, media } = await docxContent(file);
    expect(paragraphs).toEqual(OFFICE_CARD_LINES);
    expect(tables).toEqual([OFFICE_CARD_TABLES.공약, OFFICE_CARD_TABLES.구민소통실적, OFFICE_CARD_TABLES['사업비 현황']]);
    expect(media).toHaveLength(1);
    await app.close();
  });

  it('is laid out on A4 with 20 mm margins, the table headers repeating, and page numbers', async () => {
    const { exportFile, app } = await officeWithCard();
    const { xml, footer } = await docxContent(await exportFile('pledge.exportDocx'));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const side of ['top', 'bottom', 'left', 'right']) expect(xml).toMatch(new RegExp(`<w:pgMar[^>]* w:${side}="1134"`));
    // 임기내 spans the term's years and 소계; 구분, 합계 and 임기후 run down both header rows.
    expect(xml).toContain('<w:gridSpan w:val="6"/>');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    await app.close();
  });
});

describe('XLSX', () => {
  const load = async (file: ExportFile) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fileBytes(file) as never);
    return book;
  };
  /** The sheet's cells row by row, a merged area once (at its top-left). */
  const sheetRows = (sheet: ExcelJS.Worksheet) => {
    const rows: { values: (string | number)[]; formats: string[] }[] = [];
    sheet.eachRow((row) => {
      const cells: ExcelJS.Cell[] = [];
      row.eachCell((c) => {
        if (!c.isMerged || c.master === c) cells.push(c);
      });
      rows.push({ values: cells.map((c) => c.value as string | number), formats: cells.map((c) => c.numFmt) });
    });
    return rows;
  };

  it('carries the whole card on one sheet: every line, the tables as the card draws them', async () => {
    const { exportFile, app } = await officeWithCard();
    const file = await exportFile('pledge.exportXlsx');
    expect(file.fileName).toBe('공약카드_열린구정2-1_2024-01-01_2025-06-30.xlsx');
    const book = await load(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['공약카드', '연도별 실적']);
    const rows = sheetRows(book.getWorksheet('공약카드')!);
    const texts = rows.filter((r) => r.values.length === 1).map((r) => r.values[0]);
    expect(texts).toEqual(OFFICE_CARD_LINES);
    const row = (first: string | number) => rows.find((r) => r.values[0] === first)!;
    expect(row('열린구정 2-1').values).toEqual(OFFICE_CARD_TABLES.공약[0]);
    expect(row('구분').values).toEqual(['구분', '합계', '임기내', '임기후']);
    expect(row('소계').values).toEqual(OFFICE_CARD_TABLES['사업비 현황'][1]);
    // Numbers stay numbers, written as the card writes them: `-` for no money, `-회` for none.
    expect(row('계').values).toEqual(['계', 70, 60, 5, 10, 30, 10, 5, 10]);
    expect(row('국비').values).toEqual(['국비', 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(row('국비').formats.slice(1)).toEqual(Array(8).fill('#,##0;-#,##0;"-"'));
    const counts = rows[rows.findIndex((r) => r.values[0] === '설명회, 보고회') + 1];
    expect(counts.values).toEqual([0, 1, 0, 3, 1]);
    expect(counts.formats).toEqual(Array(5).fill('#,##0"회";-#,##0"회";"-회"'));
    await app.close();
  });

  it('prints on A4 within 20 mm margins, one page wide, headers repeated, columns sized to their content', async () => {
    const { exportFile, app } = await officeWithCard();
    const book = await load(await exportFile('pledge.exportXlsx'));
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      for (const side of ['left', 'right', 'top', 'bottom'] as const) expect(sheet.pageSetup.margins![side]).toBeCloseTo(20 / 25.4, 2);
      expect(sheet.headerFooter.oddFooter).toContain('&P');
    }
    expect(book.getWorksheet('공약카드')!.pageSetup.printTitlesRow).toBe('1:1');
    expect(book.getWorksheet('연도별 실적')!.pageSetup.printTitlesRow).toBe('2:2');
    // 구분's column is as wide as its words need, narrower than a year's column with `2022년`.
    const card = book.getWorksheet('공약카드')!;
    const widths = card.columns.map((c) => c.width!);
    expect(widths).toHaveLength(9);
    expect(widths[0]).toBeLessThan(widths[3]);
    expect(widths.reduce((s, w) => s + w, 0)).toBeGreaterThan(80);
    await app.close();
  });

  it('keeps every figure per area and year, as numbers', async () => {
    const { exportFile, app } = await officeWithCard();
    const book = await load(await exportFile('pledge.exportXlsx'));
    const figures = (book.getWorksheet('연도별 실적')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(figures[1]).toEqual(['구분', '연도', '항목', '값', '단위']);
    expect(figures).toContainEqual(['휠체어 대여', '2024년', '대여', 7, '건']);
    expect(figures).toContainEqual(['외국어 통역', '2025년 6월 현재', '영어', 2, '건']);
    expect(figures).toContainEqual(['힐링프로그램', '2024년', '참여', 37, '명']);
    expect(figures).toContainEqual(['힐링프로그램', '2025년', '참여', 22, '명']);
    expect(figures).toContainEqual(['구민소통실적', '2024~2025', '언론·방송 보도', 3, '회']);
    await app.close();
  });
});

describe('PDF', () => {
  it('asks the window to print the card page for the period, and hands back the PDF', async () => {
    const { app, period } = await officeWithCard();
    const routes: string[] = [];
    const h = app.handlers({ printToPdf: async (route) => (routes.push(route), Buffer.from('%PDF-1.7 card')) }, fakeSources(officeAreas).sources);
    const file = await h['pledge.exportPdf'](period, { actor: null, desk: 'TEST' });
    expect(routes).toEqual([`/pledge?print=1&card=${app.card.id}&from=2024-01-01&to=2025-06-30&asOf=2025-07-10`]);
    expect(file).toMatchObject({ fileName: '공약카드_열린구정2-1_2024-01-01_2025-06-30.pdf', mimeType: 'application/pdf' });
    expect(fileBytes(file).toString()).toBe('%PDF-1.7 card');
    await app.close();
  });

  it('says so in Korean where there is no window to print with', async () => {
    const { app, period } = await officeWithCard();
    expect(await app.call('pledge.exportPdf', period)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: '이 환경에서는 PDF를 만들 수 없습니다. 인쇄용 보기에서 인쇄하거나 DOCX로 내려받으세요.' },
    });
    await app.close();
  });
});
