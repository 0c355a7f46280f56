import { fullDate } from '../korean/reportFormat';
import { budgetHeaderRows } from './budgetTable';
import { cardNumber, cardTags, outlineOfProject } from './cardHeader';
import type { PledgeCard, PledgeReference } from './records';
import type { PerformanceSection } from './section';
import { outlineText } from './sectionText';

/**
 * The whole card as one list of blocks, in the card's order: the header table, 공약사업 개요, 추진실적
 * with [구민소통실적], 사업 이행효과, 향후계획, 사업비 현황 and 참고자료. The print view and every file
 * (HWPX, DOCX, XLSX, and the PDF printed from the print view) lay out these blocks and nothing else,
 * so all of them carry the same card.
 */
export type TextStyle =
  /** `■ 공약사업 개요` */
  | 'heading'
  /** An outline line with its marker (○ ▷ - ※) or a line of free text; `depth` is its step in. */
  | 'line'
  /** `[구민소통실적]`, a table's own title inside a part */
  | 'label'
  /** `< 임기내사업 / … >` under the header table, centred */
  | 'tags'
  /** A photo's caption, centred under it */
  | 'caption'
  /** `기준일 2025.07.10.`, right-aligned at the end */
  | 'asOf';

export interface TextBlock {
  kind: 'text';
  style: TextStyle;
  text: string;
  /** 0 at the margin; ○ 0, ▷ 1, - 2 (a ※ note one step inside the line it annotates). */
  depth: number;
}

export interface TableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** A heading cell: shaded and bold. */
  head: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** How the table is named to a screen reader and in tests: 공약, 구민소통실적, 사업비 현황. */
  name: string;
  columns: number;
  /** Rows as drawn: a cell covered by a span above or to its left is left out (as HWPX, DOCX and HTML do). */
  rows: TableCell[][];
  /** How many of the first rows are the header, repeated on each page. */
  headerRows: number;
  /** Relative column widths. */
  widths: number[];
}

export interface PhotoBlock {
  kind: 'photo';
  mimeType: string;
  contentBase64: string;
  caption: string;
}

export type CardBlock = TextBlock | TableBlock | PhotoBlock;

const text = (style: TextStyle, value: string, depth = 0): TextBlock => ({ kind: 'text', style, text: value, depth });
const cell = (value: string, head = false, rowSpan = 1, colSpan = 1): TableCell => ({ text: value, rowSpan, colSpan, head });

/** Free text as typed: a line per line, `-` when empty. */
const freeText = (value: string) => (value.trim() ? value.split('\n').map((l) => text('line', l.trimEnd())) : [text('line', '-')]);

/** A ○ line whose words run over several lines: the lines after the first sit one step in. */
const outlineLines = (line: string, depth: number) => line.split('\n').map((l, i) => text('line', l.trimEnd(), i === 0 ? depth : depth + 1));

export function cardDocument({ card, section, references }: { card: PledgeCard; section: PerformanceSection; references: PledgeReference[] }): CardBlock[] {
  const { communication, budget } = section;
  const blocks: CardBlock[] = [
    {
      kind: 'table',
      name: '공약',
      columns: 3,
      rows: [[cell(cardNumber(card), true), cell(card.title), cell(card.status)]],
      headerRows: 0,
      widths: [2, 6, 2],
    },
    text('tags', cardTags(card)),
    text('heading', '■ 공약사업 개요'),
    ...outlineOfProject(card, budget).flatMap((l) => outlineLines(l, 0)),
    text('heading', `■ ${section.heading}`),
    ...outlineText(section.lines).map((l) => {
      const indent = l.match(/^ */)![0].length;
      return text('line', l.trimStart(), indent / 2);
    }),
    text('label', '[구민소통실적]'),
    {
      kind: 'table',
      name: '구민소통실적',
      columns: communication.headers.length,
      rows: [communication.headers.map((h) => cell(h, true)), communication.cells.map((c) => cell(c))],
      headerRows: 1,
      widths: communication.headers.map(() => 1),
    },
    text('heading', '■ 사업 이행효과'),
    ...freeText(card.effects),
    text('heading', '■ 향후계획'),
    ...freeText(card.plans),
    text('heading', '■ 사업비 현황 (단위: 백만원)'),
    {
      kind: 'table',
      name: '사업비 현황',
      columns: budget.headers.length,
      rows: [
        ...budgetHeaderRows(budget.years).map((row) => row.map((h) => cell(h.text, true, h.rowSpan, h.colSpan))),
        ...budget.rows.map((r) => [cell(r.label, true), ...r.cells.map((c) => cell(c))]),
      ],
      headerRows: 2,
      widths: budget.headers.map((_, i) => (i === 0 ? 1.2 : 1)),
    },
    text('heading', '■ 참고자료'),
    ...referenceBlocks(references),
    text('asOf', `기준일 ${fullDate(section.asOf)}`),
  ];
  return blocks;
}

/**
 * 참고자료: the photos with their captions first, then the press items numbered `1. title : 2024.11.28.
 * outlet`, each kind in the order the user arranged them. A photo whose file was lost keeps its caption.
 */
function referenceBlocks(references: PledgeReference[]): CardBlock[] {
  if (references.length === 0) return [text('line', '-')];
  const photos = references.filter((r) => r.kind === 'photo');
  const press = references.filter((r) => r.kind === 'press');
  return [
    ...photos.flatMap((r): CardBlock[] =>
      r.photo ? [{ kind: 'photo', mimeType: r.photo.mimeType, contentBase64: r.photo.contentBase64, caption: r.text }, text('caption', r.text)] : [text('caption', r.text)],
    ),
    ...press.map((r, i) => text('line', `${i + 1}. ${r.text}`)),
  ];
}

/** Every piece of text the card shows, in order (a table gives each of its cells): what every format must carry. */
export const cardTexts = (blocks: CardBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'table' ? b.rows.flatMap((r) => r.map((c) => c.text)) : []));

/** The file name every export of the card shares, with its own extension. */
export const cardFileName = (card: PledgeCard, section: Pick<PerformanceSection, 'from' | 'to'>, extension: string) =>
  `공약카드_${card.areaCode}${card.areaNumber}_${section.from}_${section.to}.${extension}`;
