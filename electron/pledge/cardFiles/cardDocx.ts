import type * as Docx from 'docx';
import type { PrintableCard } from '../../../shared/contract/pledge';
import { DOCX_MIME, type ExportFile } from '../../../shared/exportFile';
import { cardDocument, cardFileName, type CardBlock, type TableBlock, type TextBlock } from '../../../shared/pledge/cardDocument';
import { cardNumber } from '../../../shared/pledge/cardHeader';
import { CARD_PAGE, CARD_TEXT_WIDTH_MM, mmToTwip } from '../../../shared/pledge/cardPage';
import JSZip from 'jszip';
import { photoSize } from './photoSize';

/** docx, loaded by the first card written as DOCX rather than at start-up (issue 15). */
let docx: typeof Docx;

const FONT = '맑은 고딕';
/** Half-points: 10 pt text, 11 pt part headings, 9 pt in tables, so a one-page card stays on one page. */
const SIZE = { text: 20, heading: 22, table: 18, small: 16 };
/** One outline step: about two characters, as the card's ○ ▷ - are stepped. */
const STEP_TWIPS = 400;

const run = (text: string, size: number, bold = false) => new docx.TextRun({ text, bold, font: FONT, size });

/** Lines 1.3 times the text, exactly, whatever font stands in for 맑은 고딕. */
const tight = (size: number) => ({ line: Math.round(size * 10 * 1.3), lineRule: docx.LineRuleType.EXACT });

function paragraph(block: TextBlock): Docx.Paragraph {
  const styles: Record<TextBlock['style'], () => Docx.Paragraph> = {
    heading: () => new docx.Paragraph({ children: [run(block.text, SIZE.heading, true)], spacing: { before: 120, after: 40, ...tight(SIZE.heading) }, keepNext: true }),
    label: () => new docx.Paragraph({ children: [run(block.text, SIZE.text, true)], spacing: { before: 60, after: 40, ...tight(SIZE.text) }, keepNext: true }),
    tags: () => new docx.Paragraph({ children: [run(block.text, SIZE.text)], alignment: docx.AlignmentType.CENTER, spacing: { before: 60, after: 20, ...tight(SIZE.text) } }),
    caption: () => new docx.Paragraph({ children: [run(block.text, SIZE.table)], alignment: docx.AlignmentType.CENTER, spacing: { after: 60, ...tight(SIZE.table) } }),
    asOf: () => new docx.Paragraph({ children: [run(block.text, SIZE.small)], alignment: docx.AlignmentType.RIGHT, spacing: { before: 100, ...tight(SIZE.small) } }),
    // A wrapped line starts again under its words, not under its marker.
    line: () =>
      new docx.Paragraph({
        children: [run(block.text, SIZE.text)],
        indent: { left: block.depth * STEP_TWIPS + 300, hanging: 300 },
        spacing: tight(SIZE.text),
      }),
  };
  return styles[block.style]();
}

// SINGLE is docx's BorderStyle.SINGLE, spelled out so the table's borders need no module at load.
const border = { style: 'single' as const, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

/** A real table: the two-level header of 사업비 현황 is merged cells, repeated on a new page. */
function table(block: TableBlock): Docx.Table {
  const total = block.widths.reduce((s, w) => s + w, 0);
  const columnWidths = block.widths.map((w) => mmToTwip((CARD_TEXT_WIDTH_MM * w) / total));
  return new docx.Table({
    width: { size: mmToTwip(CARD_TEXT_WIDTH_MM), type: docx.WidthType.DXA },
    columnWidths,
    rows: block.rows.map(
      (row, r) =>
        new docx.TableRow({
          tableHeader: r < block.headerRows,
          cantSplit: true,
          children: row.map(
            (c) =>
              new docx.TableCell({
                borders,
                columnSpan: c.colSpan,
                rowSpan: c.rowSpan,
                verticalAlign: docx.VerticalAlign.CENTER,
                shading: c.head ? { type: docx.ShadingType.CLEAR, color: 'auto', fill: 'F1F3F5' } : undefined,
                children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, spacing: tight(SIZE.table), children: [run(c.text, SIZE.table, c.head)] })],
              }),
          ),
        }),
    ),
  });
}

/** A photo at its card size (96 dpi pixels are what docx measures in). */
function photo(block: Extract<CardBlock, { kind: 'photo' }>): Docx.Paragraph {
  const { bytes, widthMm, heightMm } = photoSize(block);
  const px = (mm: number) => Math.max(1, Math.round((mm * 96) / 25.4));
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    keepNext: true,
    children: [
      new docx.ImageRun({
        type: block.mimeType === 'image/png' ? 'png' : 'jpg',
        data: bytes,
        transformation: { width: px(widthMm), height: px(heightMm) },
        altText: { name: block.caption, description: block.caption, title: block.caption },
      }),
    ],
  });
}

/**
 * The whole card as a Word document on A4 with 20 mm margins and page numbers, laid out from the same
 * blocks as the print view and the other files (shared/pledge/cardDocument.ts).
 */
export async function cardDocx(printable: PrintableCard): Promise<ExportFile> {
  docx = await import('docx');
  const { card, section, officeName } = printable;
  const children = cardDocument(printable).flatMap((b) => {
    if (b.kind === 'text') return [paragraph(b)];
    if (b.kind === 'photo') return [photo(b)];
    // A table is followed by a small gap, so the next heading does not touch it.
    return [table(b), new docx.Paragraph({ children: [], spacing: { line: 120, lineRule: docx.LineRuleType.EXACT } })];
  });
  const margin = mmToTwip(CARD_PAGE.marginMm);
  const doc = new docx.Document({
    creator: officeName || '민원서비스 실적관리',
    title: `${cardNumber(card)} ${card.title}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.text } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(CARD_PAGE.widthMm), height: mmToTwip(CARD_PAGE.heightMm) },
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: mmToTwip(10), footer: mmToTwip(10) },
          },
        },
        footers: {
          default: new docx.Footer({
            children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ children: [docx.PageNumber.CURRENT, ' / ', docx.PageNumber.TOTAL_PAGES], font: FONT, size: SIZE.small })] })],
          }),
        },
        children,
      },
    ],
  });
  const buffer = await withoutAsianAutoSpace(await docx.Packer.toBuffer(doc));
  return { fileName: cardFileName(card, section, 'docx'), mimeType: DOCX_MIME, contentBase64: buffer.toString('base64') };
}

/**
 * No space added between Hangul and Latin letters or digits (Word's and LibreOffice's default), which
 * would write `2024 년 11 건`. The docx package cannot set it for the whole document, so the document's
 * default paragraph properties are written here.
 */
async function withoutAsianAutoSpace(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const styles = await zip.file('word/styles.xml')!.async('string');
  const defaults = '<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="false"/><w:autoSpaceDN w:val="false"/></w:pPr></w:pPrDefault>';
  if (!styles.includes('<w:pPrDefault/>')) throw new Error('docx styles.xml has no empty pPrDefault to fill');
  zip.file('word/styles.xml', styles.replace('<w:pPrDefault/>', defaults));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
