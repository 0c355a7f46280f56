import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PrintableCard } from '../../shared/contract/pledge';
import { DOCX_MIME, type ExportFile } from '../../shared/exportFile';
import { cardNumber, cardTags, outlineOfProject } from '../../shared/pledge/cardHeader';
import { outlineText } from '../../shared/pledge/sectionText';
import { imageSize } from './imageSize';

const FONT = '맑은 고딕';
const run = (text: string, bold = false) => new TextRun({ text, bold, font: FONT, size: 22 });
const para = (text: string, options: { bold?: boolean; indentSpaces?: number; center?: boolean } = {}) =>
  new Paragraph({
    children: [run(text, options.bold)],
    indent: options.indentSpaces ? { left: options.indentSpaces * 110 } : undefined,
    alignment: options.center ? AlignmentType.CENTER : undefined,
    spacing: { after: 60 },
  });
const heading = (text: string) => new Paragraph({ children: [run(`■ ${text}`, true)], spacing: { before: 240, after: 120 } });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
const cell = (text: string, bold = false) =>
  new TableCell({ borders, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, bold)] })] });
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });

/** Free text as the user typed it: one paragraph per line. */
const freeText = (text: string) => (text.trim() ? text.split('\n').map((l) => para(l)) : [para('-')]);

/** Photos at most 8 cm wide (302 px at 96 dpi), keeping their shape. */
function photoParagraph(contentBase64: string, mimeType: string, caption: string) {
  const data = Buffer.from(contentBase64, 'base64');
  const size = imageSize(data) ?? { width: 4, height: 3 };
  const width = Math.min(302, size.width);
  const height = Math.round((width * size.height) / size.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: mimeType === 'image/png' ? 'png' : 'jpg', data, transformation: { width, height }, altText: { name: caption, description: caption, title: caption } })],
    }),
    para(caption, { center: true }),
  ];
}

/**
 * The whole card as a Word document, laid out like the government card: header, 공약사업 개요,
 * 추진실적 (the outline), 구민소통실적, 이행효과, 향후계획, 사업비 현황 and 참고자료. Tables are real tables.
 */
export async function sectionDocx({ card, section, references, officeName }: PrintableCard): Promise<ExportFile> {
  const outline = outlineText(section.lines).map((line) => {
    const indent = line.match(/^ */)![0].length;
    return para(line.trimStart(), { indentSpaces: indent });
  });
  const budgetRows = section.budget.rows.map((r) => [r.label, ...r.cells]);
  const doc = new Document({
    creator: officeName || '민원서비스 실적관리',
    title: `${cardNumber(card)} ${card.title}`,
    sections: [
      {
        children: [
          table(['공약번호', '공약명', '추진상태'], [[cardNumber(card), card.title, card.status]]),
          para(cardTags(card), { center: true }),
          heading('공약사업 개요'),
          ...outlineOfProject(card).map((l) => para(l)),
          heading(section.heading),
          ...outline,
          heading('구민소통실적'),
          table(section.communication.headers, [section.communication.cells]),
          heading('사업 이행효과'),
          ...freeText(card.effects),
          heading('향후계획'),
          ...freeText(card.plans),
          heading('사업비 현황 (단위: 백만원)'),
          table(section.budget.headers, budgetRows),
          heading('참고자료'),
          ...(references.length
            ? references.flatMap((r) => (r.kind === 'photo' && r.photo ? photoParagraph(r.photo.contentBase64, r.photo.mimeType, r.text) : [para(`- ${r.text}`)]))
            : [para('-')]),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return { fileName: `공약카드_${card.areaCode}${card.areaNumber}_${section.from}_${section.to}.docx`, mimeType: DOCX_MIME, contentBase64: buffer.toString('base64') };
}
