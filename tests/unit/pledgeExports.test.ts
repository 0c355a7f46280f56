import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/ipc/handlerTypes';
import { TEST_DESK } from '../helpers/tempCore';
import type { ExportFile } from '../../shared/exportFile';
import { pledgeApp, tinyPng } from '../fixtures/pledgeOffice/app';
import { OFFICE_SECTION } from '../fixtures/pledgeOffice/expected';
import { fakeSources } from '../fixtures/pledgeOffice/fakeSources';
import { officeAreas } from '../fixtures/pledgeOffice/office';
import { enterCardRecords } from '../fixtures/pledgeOffice/seedCard';

const ctx: HandlerContext = { actor: null, desk: TEST_DESK };

async function officeWithCard() {
  const app = await pledgeApp();
  const { press } = await enterCardRecords(app);
  await app.must('pledge.addPhoto', { cardId: app.card.id, fileName: '현판식.png', contentBase64: tinyPng, caption: '국민행복민원실 현판식' });
  await app.must('pledge.citePress', { cardId: app.card.id, communicationId: press[1].id });
  const period = { cardId: app.card.id, from: '2024-01-01', to: '2025-06-30', asOf: '2025-07-10' };
  return { app, period, h: app.handlers({}, fakeSources(officeAreas).sources) };
}

/** The text of a DOCX as Word holds it: word/document.xml, paragraphs joined by new lines. */
async function docxText(file: ExportFile) {
  const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return { xml, paragraphs, media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')) };
}

const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe("the card's records through the channels", () => {
  it('give the hand-written section when the areas count as the fixture office', async () => {
    const { h, period, app } = await officeWithCard();
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
  it('is the card as written: header, outline, real tables, effects, plans, and references with the photo', async () => {
    const { h, period, app } = await officeWithCard();
    const file = await h['pledge.exportDocx'](period, ctx);
    expect(file.fileName).toBe('공약카드_열린구정2-1_2024-01-01_2025-06-30.docx');
    const { xml, paragraphs, media } = await docxText(file);
    const text = paragraphs.map(unescape);
    expect(text).toContain('< 임기내사업 / 자체사업 / 민원회계과 행정여권팀(2345) >');
    expect(text).toContain('■ 추진실적 (2024.01.01.~2025.06.30.)');
    // Every outline line, in order, its marker kept (indentation is the paragraph's, not spaces).
    const outline = OFFICE_SECTION.slice(1, OFFICE_SECTION.indexOf('')).map((l) => l.trimStart());
    const at = text.indexOf(outline[0]);
    expect(text.slice(at, at + outline.length)).toEqual(outline);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    const row = (first: string) => {
      const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])));
      return rows.find((r) => r[0] === first);
    };
    expect(row('설명회, 보고회')).toEqual(['설명회, 보고회', '만족도, 설문조사', '민간전문가 자문', '언론·방송 보도', '기타']);
    expect(row('-회')).toEqual(['-회', '1회', '-회', '3회', '1회']);
    expect(row('계')).toEqual(['계', '70', '60', '5', '10', '30', '10', '5', '10']);
    expect(text).toContain('민원 만족도 87점 → 91점');
    expect(text).toContain('2027년 재인증 준비');
    expect(text).toContain('- 구청 민원실, 국민행복민원실 재인증 : 2024.11.28. 부산일보');
    expect(text).toContain('국민행복민원실 현판식');
    expect(media).toHaveLength(1);
    await app.close();
  });
});

describe('XLSX', () => {
  it('has the outline, both tables and every figure per area and year, as numbers', async () => {
    const { h, period, app } = await officeWithCard();
    const file = await h['pledge.exportXlsx'](period, ctx);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['추진실적', '구민소통실적', '사업비 현황', '연도별 실적']);
    const rows = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows('추진실적')).toContainEqual(['▷', '  ▷ 친절 으뜸이 선정 : 매월']);
    expect(rows('구민소통실적').slice(-2)).toEqual([
      ['설명회, 보고회', '만족도, 설문조사', '민간전문가 자문', '언론·방송 보도', '기타'],
      [0, 1, 0, 3, 1],
    ]);
    expect(rows('사업비 현황')).toContainEqual(['구비', 50, 40, 5, 10, 10, 10, 5, 10]);
    const figures = rows('연도별 실적');
    expect(figures).toContainEqual(['휠체어 대여', '2024년', '대여', 7, '건']);
    expect(figures).toContainEqual(['외국어 통역', '2025년 6월 현재', '영어', 2, '건']);
    expect(figures).toContainEqual(['힐링프로그램', '2024년', '참여', 37, '명']);
    expect(figures).toContainEqual(['구민소통실적', '2024~2025', '언론·방송 보도', 3, '회']);
    await app.close();
  });
});

describe('PDF', () => {
  it('asks the window to print the card page for the period, and hands back the PDF', async () => {
    const { app, period } = await officeWithCard();
    const routes: string[] = [];
    const h = app.handlers({ printToPdf: async (route) => (routes.push(route), Buffer.from('%PDF-1.7 card')) }, fakeSources(officeAreas).sources);
    const file = await h['pledge.exportPdf'](period, ctx);
    expect(routes).toEqual([`/pledge?print=1&card=${app.card.id}&from=2024-01-01&to=2025-06-30&asOf=2025-07-10`]);
    expect(file).toMatchObject({ fileName: '공약카드_열린구정2-1_2024-01-01_2025-06-30.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(file.contentBase64, 'base64').toString()).toBe('%PDF-1.7 card');
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
