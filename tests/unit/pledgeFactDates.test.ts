import { HwpxReader } from '@ssabrojs/hwpxjs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cardDocument } from '../../shared/pledge/cardDocument';
import { cardFields, pledgeApp } from '../fixtures/pledgeOffice/app';
import { fileBytes, officeWithCard, unescapeXml, unzip } from '../fixtures/pledgeOffice/cardFiles';

/** Facts as offices know them: a day nobody wrote down, and 사업기간 in the card's own words. */
describe('an award known only to its month', () => {
  it('is kept as that month and written `2022.11월` on the card, whatever day was picked', async () => {
    const app = await pledgeApp();
    const award = await app.must('pledge.saveAward', { cardId: app.card.id, title: '민원행정 우수기관', awardedBy: '부산광역시', outcome: '선정', date: '2022-11-17', datePrecision: 'month' });
    expect(award).toMatchObject({ date: '2022-11-01', datePrecision: 'month' });
    const section = await app.must('pledge.section', { cardId: app.card.id, from: '2022-07-01', to: '2022-12-31', asOf: '2023-01-10' });
    expect(section.text.split('\n')).toContain("○ 부산광역시 '민원행정 우수기관' 선정 : 2022.11월");
    const line = section.lines.find((l) => l.key === `award:${award.id}`)!;
    expect(line.figures).toEqual([{ label: '부산광역시', value: '2022.11월' }]);
    // The records behind the line: the whole month.
    expect(line.source).toEqual({ area: 'awards', from: '2022-11-01', to: '2022-11-30' });
    await app.close();
  });

  it('falls in a period its month overlaps, and in no other', async () => {
    const app = await pledgeApp();
    await app.must('pledge.saveAward', { cardId: app.card.id, title: '민원행정 우수기관', outcome: '선정', date: '2022-11-01', datePrecision: 'month' });
    const lines = async (from: string, to: string) => (await app.must('pledge.section', { cardId: app.card.id, from, to, asOf: '2023-01-10' })).text;
    expect(await lines('2022-11-15', '2022-12-31')).toContain("'민원행정 우수기관' 선정 : 2022.11월");
    expect(await lines('2022-07-01', '2022-10-31')).not.toContain('민원행정 우수기관');
    expect(await lines('2022-12-01', '2022-12-31')).not.toContain('민원행정 우수기관');
    await app.close();
  });

  it('keeps a day-dated award as it was (the day is the default)', async () => {
    const app = await pledgeApp();
    const award = await app.must('pledge.saveAward', { cardId: app.card.id, title: '우수사례', outcome: '선정', date: '2024-12-12' });
    expect(award).toMatchObject({ date: '2024-12-12', datePrecision: 'day' });
    await app.close();
  });

  it('refuses a date unit that is neither day nor month, beside the field', async () => {
    const app = await pledgeApp();
    const result = await app.call('pledge.saveAward', { cardId: app.card.id, title: '우수사례', outcome: '선정', date: '2024-12-12', datePrecision: 'week' as never });
    expect(result).toMatchObject({ ok: false, error: { field: 'datePrecision', message: '날짜 단위를 선택하세요.' } });
    await app.close();
  });
});

describe('a certification step known only to its month', () => {
  it('reads `(5월)` on the ▷ line among the dated steps, and its selection month stays the ○ line', async () => {
    const app = await pledgeApp();
    const round = await app.must('pledge.saveCertification', {
      cardId: app.card.id,
      name: '국민행복민원실 인증',
      validYears: 3,
      milestones: [
        { kind: 'custom', label: '사전 컨설팅', date: '2022-05-20', datePrecision: 'month' },
        { kind: 'inspection', date: '2022-07-09' },
        { kind: 'selection', date: '2022-09-30', datePrecision: 'month' },
      ],
    });
    expect(round.milestones.map((m) => [m.label, m.date, m.datePrecision])).toEqual([
      ['사전 컨설팅', '2022-05-01', 'month'],
      ['현장 실사', '2022-07-09', 'day'],
      ['우수기관 선정', '2022-09-01', 'month'],
    ]);
    expect(round).toMatchObject({ selectedOn: '2022-09-01', selectedOnPrecision: 'month' });
    const { text } = await app.must('pledge.section', { cardId: app.card.id, from: '2022-01-01', to: '2022-12-31', asOf: '2023-01-10' });
    expect(text.split('\n')).toEqual(expect.arrayContaining(['○ 국민행복민원실 인증 : 2022. 9월', '  ▷ 사전 컨설팅(5월), 현장 실사(7.9.), 우수기관 선정(9월)']));
    const next = await app.must('pledge.nextCertification', {});
    expect(next).toMatchObject({ selectedOn: '2022-09-01', selectedOnPrecision: 'month' });
    await app.close();
  });
});

describe("사업기간 in the card's own words", () => {
  const words = '2022년(2022년 이행완료 후 계속추진)';
  const line = `○ 사업기간 : ${words}`;

  it('is saved beside the dates, and an empty one prints the dates', async () => {
    const app = await pledgeApp();
    expect(app.card.projectPeriodText).toBe('');
    const period = { cardId: app.card.id, from: '2024-01-01', to: '2024-12-31', asOf: '2025-01-10' };
    expect(cardDocument(await app.must('pledge.printable', period)).map((b) => (b.kind === 'text' ? b.text : ''))).toContain('○ 사업기간 : 2022.07.01.~2026.06.30.');
    const saved = await app.must('pledge.saveCard', { ...cardFields(app.dept.id), id: app.card.id, projectPeriodText: words });
    expect(saved).toMatchObject({ projectPeriodText: words, projectFrom: '2022-07-01', projectTo: '2026-06-30' });
    await app.close();
  });

  it('is the 사업기간 line of the printed card, the HWPX, the DOCX and the XLSX alike', async () => {
    const { app, period, exportFile } = await officeWithCard();
    await app.must('pledge.saveCard', { ...cardFields(app.dept.id), id: app.card.id, projectPeriodText: words });

    const printed = cardDocument(await app.must('pledge.printable', period)).flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(printed).toContain(line);

    const hwpx = fileBytes(await exportFile('pledge.exportHwpx'));
    const reader = new HwpxReader();
    await reader.loadFromArrayBuffer(hwpx.buffer.slice(hwpx.byteOffset, hwpx.byteOffset + hwpx.byteLength) as ArrayBuffer);
    expect((await reader.extractText()).split('\n')).toContain(line);

    const docx = await (await unzip(await exportFile('pledge.exportDocx'))).file('word/document.xml')!.async('string');
    const paragraphs = [...docx.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join(''));
    expect(paragraphs).toContain(line);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fileBytes(await exportFile('pledge.exportXlsx')) as never);
    const cells: unknown[] = [];
    book.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(line);
    await app.close();
    // Four files written and read back: slower than one channel call on a busy machine.
  }, 30_000);
});
