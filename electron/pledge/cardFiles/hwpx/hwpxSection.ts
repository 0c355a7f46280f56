import type { CardBlock, PhotoBlock, TableBlock, TextBlock } from '../../../../shared/pledge/cardDocument';
import { CARD_PAGE, CARD_TEXT_WIDTH_MM } from '../../../../shared/pledge/cardPage';
import { photoSize } from '../photoSize';
import { BORDER, CHAR, NUMBERING_OUTLINE, PARA, STYLE_NORMAL } from './hwpxHeader';
import { allNamespaces, el, mmToHwp, textEl, XML_DECLARATION } from './xml';

/** A photo placed in the package: its manifest id names it in BinData/. */
export interface BinItem {
  id: string;
  path: string;
  mediaType: string;
  bytes: Buffer;
}

/** A4 as 한글 writes it, with 20 mm margins and the footer's page number 10 mm below the text. */
const PAGE = { width: 59528, height: 84188, margin: mmToHwp(CARD_PAGE.marginMm), footer: mmToHwp(10), header: mmToHwp(10) };
const TEXT_WIDTH = mmToHwp(CARD_TEXT_WIDTH_MM);
const TABLE_OUT = 283;

const paragraph = (paraPr: number, ...runs: string[]) => el('hp:p', { id: 0, paraPrIDRef: paraPr, styleIDRef: STYLE_NORMAL, pageBreak: false, columnBreak: false, merged: false }, ...runs);
const textRun = (charPr: number, text: string) => el('hp:run', { charPrIDRef: charPr }, textEl('hp:t', {}, text));

/**
 * The section's page setup, which 한글 reads from the first run of the first paragraph before any text:
 * A4 portrait, the margins, one column, and the page number centred at the foot (`- 1 -`).
 */
function pageSetupRun(): string {
  const noteLine = (length: number) => el('hp:noteLine', { length, type: 'SOLID', width: '0.12 mm', color: '#000000' });
  const autoNum = el('hp:autoNumFormat', { type: 'DIGIT', userChar: '', prefixChar: '', suffixChar: ')', supscript: false });
  const pageBorder = (type: string) =>
    el('hp:pageBorderFill', { type, borderFillIDRef: BORDER.none, textBorder: 'PAPER', headerInside: false, footerInside: false, fillArea: 'PAPER' }, el('hp:offset', { left: 1417, right: 1417, top: 1417, bottom: 1417 }));
  const secPr = el(
    'hp:secPr',
    { id: '', textDirection: 'HORIZONTAL', spaceColumns: 1134, tabStop: 8000, tabStopVal: 4000, tabStopUnit: 'HWPUNIT', outlineShapeIDRef: NUMBERING_OUTLINE, memoShapeIDRef: 0, textVerticalWidthHead: false, masterPageCnt: 0 },
    el('hp:grid', { lineGrid: 0, charGrid: 0, wonggojiFormat: false }),
    el('hp:startNum', { pageStartsOn: 'BOTH', page: 0, pic: 0, tbl: 0, equation: 0 }),
    el('hp:visibility', { hideFirstHeader: false, hideFirstFooter: false, hideFirstMasterPage: false, border: 'SHOW_ALL', fill: 'SHOW_ALL', hideFirstPageNum: false, hideFirstEmptyLine: false, showLineNumber: false }),
    el('hp:lineNumberShape', { restartType: 0, countBy: 0, distance: 0, startNumber: 0 }),
    el(
      'hp:pagePr',
      { landscape: 'WIDELY', width: PAGE.width, height: PAGE.height, gutterType: 'LEFT_ONLY' },
      el('hp:margin', { header: PAGE.header, footer: PAGE.footer, gutter: 0, left: PAGE.margin, right: PAGE.margin, top: PAGE.margin - PAGE.header, bottom: PAGE.margin - PAGE.footer }),
    ),
    el(
      'hp:footNotePr',
      {},
      autoNum,
      noteLine(-1),
      el('hp:noteSpacing', { betweenNotes: 283, belowLine: 567, aboveLine: 850 }),
      el('hp:numbering', { type: 'CONTINUOUS', newNum: 1 }),
      el('hp:placement', { place: 'EACH_COLUMN', beneathText: false }),
    ),
    el(
      'hp:endNotePr',
      {},
      autoNum,
      noteLine(14692344),
      el('hp:noteSpacing', { betweenNotes: 0, belowLine: 567, aboveLine: 850 }),
      el('hp:numbering', { type: 'CONTINUOUS', newNum: 1 }),
      el('hp:placement', { place: 'END_OF_DOCUMENT', beneathText: false }),
    ),
    pageBorder('BOTH'),
    pageBorder('EVEN'),
    pageBorder('ODD'),
  );
  return el(
    'hp:run',
    { charPrIDRef: CHAR.body },
    secPr,
    el('hp:ctrl', {}, el('hp:colPr', { id: '', type: 'NEWSPAPER', layout: 'LEFT', colCount: 1, sameSz: true, sameGap: 0 })),
    el('hp:ctrl', {}, el('hp:pageNum', { pos: 'BOTTOM_CENTER', formatType: 'DIGIT', sideChar: '-' })),
  );
}

function textParagraph(block: TextBlock): string {
  const look: Record<TextBlock['style'], [number, number]> = {
    heading: [PARA.heading, CHAR.heading],
    label: [PARA.outline(0), CHAR.heading],
    line: [PARA.outline(block.depth), CHAR.body],
    tags: [PARA.centered, CHAR.body],
    caption: [PARA.centered, CHAR.small],
    asOf: [PARA.right, CHAR.small],
  };
  const [paraPr, charPr] = look[block.style];
  return paragraph(paraPr, textRun(charPr, block.text));
}

/** 한글 gives every drawn object (table, picture) an id of its own within the document. */
type Ids = () => string;
const objectIds = (): Ids => {
  let next = 1_000_001;
  return () => String(next++);
};

/**
 * A real table (hp:tbl) inside a run: rows of cells, each cell its paragraphs in a subList, then its
 * address, span, size and margins. A merged cell appears once, at its top-left; covered cells are left
 * out. The header rows are marked and repeat on a new page.
 */
function table(block: TableBlock, nextObjectId: Ids): string {
  const width = TEXT_WIDTH - 2 * TABLE_OUT;
  const total = block.widths.reduce((s, w) => s + w, 0);
  const colWidths = block.widths.map((w) => Math.floor((width * w) / total));
  const rowHeight = 1700;
  const taken = new Set<string>();
  const rows = block.rows.map((row, r) => {
    let c = 0;
    const cells = row.map((cell) => {
      while (taken.has(`${r}:${c}`)) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr}:${c + dc}`);
      const cellWidth = colWidths.slice(c, c + cell.colSpan).reduce((s, w) => s + w, 0);
      const tc = el(
        'hp:tc',
        { name: '', header: r < block.headerRows, hasMargin: false, protect: false, editable: false, dirty: false, borderFillIDRef: cell.head ? BORDER.headCell : BORDER.cell },
        el(
          'hp:subList',
          { id: '', textDirection: 'HORIZONTAL', lineWrap: 'BREAK', vertAlign: 'CENTER', linkListIDRef: 0, linkListNextIDRef: 0, textWidth: 0, textHeight: 0, hasTextRef: false, hasNumRef: false },
          paragraph(PARA.cell, textRun(cell.head ? CHAR.headCell : CHAR.cell, cell.text)),
        ),
        el('hp:cellAddr', { colAddr: c, rowAddr: r }),
        el('hp:cellSpan', { colSpan: cell.colSpan, rowSpan: cell.rowSpan }),
        el('hp:cellSz', { width: cellWidth, height: rowHeight * cell.rowSpan }),
        el('hp:cellMargin', { left: 510, right: 510, top: 141, bottom: 141 }),
      );
      c += cell.colSpan;
      return tc;
    });
    return el('hp:tr', {}, ...cells);
  });
  const tbl = el(
    'hp:tbl',
    {
      id: nextObjectId(),
      zOrder: 0,
      numberingType: 'TABLE',
      textWrap: 'TOP_AND_BOTTOM',
      textFlow: 'BOTH_SIDES',
      lock: false,
      dropcapstyle: 'None',
      pageBreak: 'CELL',
      repeatHeader: block.headerRows > 0,
      rowCnt: block.rows.length,
      colCnt: block.columns,
      cellSpacing: 0,
      borderFillIDRef: BORDER.cell,
      noAdjust: false,
    },
    el('hp:sz', { width: colWidths.reduce((s, w) => s + w, 0), widthRelTo: 'ABSOLUTE', height: rowHeight * block.rows.length, heightRelTo: 'ABSOLUTE', protect: false }),
    el('hp:pos', { treatAsChar: false, affectLSpacing: false, flowWithText: true, allowOverlap: false, holdAnchorAndSO: false, vertRelTo: 'PARA', horzRelTo: 'COLUMN', vertAlign: 'TOP', horzAlign: 'LEFT', vertOffset: 0, horzOffset: 0 }),
    el('hp:outMargin', { left: TABLE_OUT, right: TABLE_OUT, top: TABLE_OUT, bottom: TABLE_OUT }),
    el('hp:inMargin', { left: 510, right: 510, top: 141, bottom: 141 }),
    ...rows,
  );
  return paragraph(PARA.body, el('hp:run', { charPrIDRef: CHAR.body }, tbl, el('hp:t')));
}

/**
 * A photo as a picture treated as a character, centred on its own line: its bytes in BinData/, named
 * from the package manifest by `binaryItemIDRef`.
 */
function picture(block: PhotoBlock, item: BinItem, nextObjectId: Ids): string {
  const { pixels, widthMm, heightMm } = photoSize(block);
  const w = mmToHwp(widthMm);
  const h = mmToHwp(heightMm);
  // The picture's own pixels at 96 dpi, as 한글 measures an inserted image.
  const dimW = pixels.width * 75;
  const dimH = pixels.height * 75;
  const matrix = (name: string) => el(name, { e1: 1, e2: 0, e3: 0, e4: 0, e5: 1, e6: 0 });
  const pic = el(
    'hp:pic',
    { id: nextObjectId(), zOrder: 1, numberingType: 'PICTURE', textWrap: 'TOP_AND_BOTTOM', textFlow: 'BOTH_SIDES', lock: false, dropcapstyle: 'None', href: '', groupLevel: 0, instid: nextObjectId(), reverse: false },
    el('hp:offset', { x: 0, y: 0 }),
    el('hp:orgSz', { width: w, height: h }),
    el('hp:curSz', { width: w, height: h }),
    el('hp:flip', { horizontal: false, vertical: false }),
    el('hp:rotationInfo', { angle: 0, centerX: Math.round(w / 2), centerY: Math.round(h / 2), rotateimage: true }),
    el('hp:renderingInfo', {}, matrix('hc:transMatrix'), matrix('hc:scaMatrix'), matrix('hc:rotMatrix')),
    el('hp:imgRect', {}, el('hc:pt0', { x: 0, y: 0 }), el('hc:pt1', { x: w, y: 0 }), el('hc:pt2', { x: w, y: h }), el('hc:pt3', { x: 0, y: h })),
    el('hp:imgClip', { left: 0, right: dimW, top: 0, bottom: dimH }),
    el('hp:inMargin', { left: 0, right: 0, top: 0, bottom: 0 }),
    el('hp:imgDim', { dimwidth: dimW, dimheight: dimH }),
    el('hc:img', { binaryItemIDRef: item.id, bright: 0, contrast: 0, effect: 'REAL_PIC', alpha: 0 }),
    el('hp:sz', { width: w, widthRelTo: 'ABSOLUTE', height: h, heightRelTo: 'ABSOLUTE', protect: false }),
    el('hp:pos', { treatAsChar: true, affectLSpacing: false, flowWithText: true, allowOverlap: false, holdAnchorAndSO: false, vertRelTo: 'PARA', horzRelTo: 'COLUMN', vertAlign: 'TOP', horzAlign: 'LEFT', vertOffset: 0, horzOffset: 0 }),
    el('hp:outMargin', { left: 0, right: 0, top: 0, bottom: 0 }),
    textEl('hp:shapeComment', {}, block.caption),
  );
  return paragraph(PARA.centered, el('hp:run', { charPrIDRef: CHAR.body }, pic, el('hp:t')));
}

/** Contents/section0.xml: the page setup first, then the card's blocks in order; the photos it placed. */
export function sectionXml(blocks: CardBlock[]): { xml: string; binItems: BinItem[] } {
  const binItems: BinItem[] = [];
  const ids = objectIds();
  const body = blocks.map((b) => {
    if (b.kind === 'text') return textParagraph(b);
    if (b.kind === 'table') return table(b, ids);
    const n = binItems.length + 1;
    const png = b.mimeType === 'image/png';
    const item = { id: `image${n}`, path: `BinData/image${n}.${png ? 'png' : 'jpg'}`, mediaType: png ? 'image/png' : 'image/jpg', bytes: Buffer.from(b.contentBase64, 'base64') };
    binItems.push(item);
    return picture(b, item, ids);
  });
  // The first paragraph carries the page setup and nothing else, as 한글 writes it.
  const first = paragraph(PARA.body, pageSetupRun());
  return { xml: XML_DECLARATION + el('hs:sec', allNamespaces(), first, ...body), binItems };
}
