import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileBytes, officeWithCard } from '../fixtures/pledgeOffice/cardFiles';
import { OFFICE_CARD_LINES, OFFICE_CARD_TABLES } from '../fixtures/pledgeOffice/expected';
import { testEngine } from '../helpers/testDatabase';
import { convertToPdf, linesMissing, MM, pdfLayoutText, pdfPages, pdfPageSize, pdfText, pdfWords, printFolder, squeezed } from '../helpers/printedPdf';

/**
 * The card's DOCX and XLSX as a printer gets them: converted to PDF by LibreOffice, read back with
 * pdftotext and pdfinfo. The fixture office's card is a one-page card. Printing does not depend on the
 * engine the records are on, so this runs once, in the SQLite half of the suite.
 */
const folder = printFolder();
let docxPdf: string;
let xlsxPdf: string;

beforeAll(async () => {
  const { exportFile, app } = await officeWithCard();
  const files = [];
  for (const [channel, name] of [
    ['pledge.exportDocx', 'card.docx'],
    ['pledge.exportXlsx', 'card-sheet.xlsx'],
  ] as const) {
    const file = path.join(folder.dir, name);
    fs.writeFileSync(file, fileBytes(await exportFile(channel)));
    files.push(file);
  }
  await app.close();
  [docxPdf, xlsxPdf] = convertToPdf(folder.dir, files);
}, 120_000);

afterAll(() => folder.remove());

/** The rows of the card's tables whose cells sit on one printed line (the rows under a merged header). */
const bodyRows = [OFFICE_CARD_TABLES.공약[0], OFFICE_CARD_TABLES.구민소통실적[1], ...OFFICE_CARD_TABLES['사업비 현황'].slice(2)];
const rowPrinted = (layout: string, row: string[]) => layout.split('\n').some((line) => squeezed(line) === squeezed(row.join('')));

/** Every word lies between the 20 mm margins left and right, and below the top one. */
function withinMargins(pdf: string, page: number) {
  const { width } = pdfPageSize(pdf);
  const words = pdfWords(pdf, page);
  const margin = 20 * MM - 1;
  return {
    left: Math.min(...words.map((w) => w.xMin)) >= margin,
    right: Math.max(...words.map((w) => w.xMax)) <= width - margin,
    top: Math.min(...words.map((w) => w.yMin)) >= margin,
  };
}

describe.runIf(testEngine() === 'sqlite')('the card printed from its DOCX', () => {
  it('is one A4 page', () => {
    expect(pdfPages(docxPdf)).toBe(1);
    const { width, height } = pdfPageSize(docxPdf);
    expect([Math.round(width / MM), Math.round(height / MM)]).toEqual([210, 297]);
  });

  it('shows every line of the card, in order, and every cell of its tables', () => {
    expect(linesMissing(pdfText(docxPdf), OFFICE_CARD_LINES)).toEqual([]);
    const layout = pdfLayoutText(docxPdf);
    for (const row of bodyRows) expect(rowPrinted(layout, row), row.join(' | ')).toBe(true);
    for (const cell of OFFICE_CARD_TABLES['사업비 현황'].slice(0, 2).flat()) expect(squeezed(layout)).toContain(cell);
  });

  it('keeps within the 20 mm margins and numbers the page', () => {
    expect(withinMargins(docxPdf, 1)).toEqual({ left: true, right: true, top: true });
    expect(squeezed(pdfText(docxPdf))).toContain('1/1');
  });
});

describe.runIf(testEngine() === 'sqlite')('the card printed from its XLSX', () => {
  it('prints the card sheet on one A4 page, then the figures behind it', () => {
    expect(pdfPages(xlsxPdf)).toBe(2);
    const { width, height } = pdfPageSize(xlsxPdf);
    expect([Math.round(width / MM), Math.round(height / MM)]).toEqual([210, 297]);
    expect(pdfText(xlsxPdf, 2)).toMatch(/^연도별 실적/);
  });

  it('shows every line of the card on its page, in order, and the tables as the card writes them (`-회`, `-`)', () => {
    expect(linesMissing(pdfText(xlsxPdf, 1), OFFICE_CARD_LINES)).toEqual([]);
    const layout = pdfLayoutText(xlsxPdf, 1);
    for (const row of bodyRows) expect(rowPrinted(layout, row), row.join(' | ')).toBe(true);
    for (const cell of OFFICE_CARD_TABLES['사업비 현황'].slice(0, 2).flat()) expect(squeezed(layout)).toContain(cell);
  });

  it('keeps within the 20 mm margins and numbers the pages', () => {
    expect(withinMargins(xlsxPdf, 1)).toEqual({ left: true, right: true, top: true });
    expect(squeezed(pdfText(xlsxPdf, 1))).toContain('1/2');
  });
});
