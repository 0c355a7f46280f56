import { allNamespaces, el, textEl, XML_DECLARATION } from './xml';

/**
 * Contents/header.xml: the refList every paragraph, run and table cell of the section refers to by id.
 * Formatting never sits inline in OWPML, so each look the card uses has its entry here, and the section
 * writer uses only these ids.
 */

/** Fonts, by their id within each language's fontface. */
const FONTS = [
  { id: 0, face: '함초롬바탕', family: 'FCAT_MYUNGJO' },
  { id: 1, face: '함초롬돋움', family: 'FCAT_GOTHIC' },
];
/** Where 함초롬 is not installed, 한글 substitutes the font the app ships (assets/fonts). */
const FALLBACK_FACE = 'Pretendard';
const LANGS = ['HANGUL', 'LATIN', 'HANJA', 'JAPANESE', 'OTHER', 'SYMBOL', 'USER'];

export const BORDER = { none: 1, noneForText: 2, cell: 3, headCell: 4 } as const;
export const CHAR = { body: 0, heading: 1, cell: 2, headCell: 3, small: 4 } as const;
/** The card's outline steps: ○ at 0, ▷ at 1, - at 2, a ※ note up to 3. */
export const OUTLINE_DEPTHS = 4;
export const PARA = {
  body: 0,
  /** outline(depth): a line with its marker, wrapped lines aligned after the marker. */
  outline: (depth: number) => 1 + Math.min(depth, OUTLINE_DEPTHS - 1),
  heading: 1 + OUTLINE_DEPTHS,
  centered: 2 + OUTLINE_DEPTHS,
  right: 3 + OUTLINE_DEPTHS,
  cell: 4 + OUTLINE_DEPTHS,
} as const;
export const STYLE_NORMAL = 0;
export const TAB_PLAIN = 0;
export const NUMBERING_OUTLINE = 1;

/** HWPUNIT: a step of the outline (about 1.5 characters of 10 pt) and the marker's hanging width. */
const STEP = 1500;
const HANG = 1300;

const fontfaces = () =>
  el(
    'hh:fontfaces',
    { itemCnt: LANGS.length },
    ...LANGS.map((lang) =>
      el(
        'hh:fontface',
        { lang, fontCnt: FONTS.length },
        ...FONTS.map((f) =>
          el(
            'hh:font',
            { id: f.id, face: f.face, type: 'TTF', isEmbedded: false },
            el('hh:substFont', { face: FALLBACK_FACE, type: 'TTF', isEmbedded: false, binaryItemIDRef: '' }),
            el('hh:typeInfo', { familyType: f.family, weight: 8, proportion: 4, contrast: 0, strokeVariation: 1, armStyle: 1, letterform: 1, midline: 1, xHeight: 1 }),
          ),
        ),
      ),
    ),
  );

const line = (name: string, type: 'NONE' | 'SOLID', width = '0.12 mm') => el(name, { type, width, color: '#000000' });

function borderFill(id: number, sides: 'NONE' | 'SOLID', face: string | null) {
  return el(
    'hh:borderFill',
    { id, threeD: false, shadow: false, centerLine: 'NONE', breakCellSeparateLine: false },
    el('hh:slash', { type: 'NONE', Crooked: false, isCounter: false }),
    el('hh:backSlash', { type: 'NONE', Crooked: false, isCounter: false }),
    line('hh:leftBorder', sides),
    line('hh:rightBorder', sides),
    line('hh:topBorder', sides),
    line('hh:bottomBorder', sides),
    line('hh:diagonal', 'NONE', '0.1 mm'),
    ...(face ? [el('hc:fillBrush', {}, el('hc:winBrush', { faceColor: face, hatchColor: '#FF000000', alpha: 0 }))] : []),
  );
}

const borderFills = () =>
  el(
    'hh:borderFills',
    { itemCnt: 4 },
    borderFill(BORDER.none, 'NONE', null),
    borderFill(BORDER.noneForText, 'NONE', 'none'),
    borderFill(BORDER.cell, 'SOLID', null),
    borderFill(BORDER.headCell, 'SOLID', '#F1F3F5'),
  );

const perLang = (value: number) => ({ hangul: value, latin: value, hanja: value, japanese: value, other: value, symbol: value, user: value });

/** `height` in HWPUNIT: 1000 is 10 pt. */
function charPr(id: number, height: number, font: number, bold: boolean) {
  return el(
    'hh:charPr',
    { id, height, textColor: '#000000', shadeColor: 'none', useFontSpace: false, useKerning: false, symMark: 'NONE', borderFillIDRef: BORDER.noneForText },
    el('hh:fontRef', perLang(font)),
    el('hh:ratio', perLang(100)),
    el('hh:spacing', perLang(0)),
    el('hh:relSz', perLang(100)),
    el('hh:offset', perLang(0)),
    ...(bold ? [el('hh:bold')] : []),
    el('hh:underline', { type: 'NONE', shape: 'SOLID', color: '#000000' }),
    el('hh:strikeout', { shape: 'NONE', color: '#000000' }),
    el('hh:outline', { type: 'NONE' }),
    el('hh:shadow', { type: 'NONE', color: '#B2B2B2', offsetX: 10, offsetY: 10 }),
  );
}

const charProperties = () =>
  el(
    'hh:charProperties',
    { itemCnt: 5 },
    charPr(CHAR.body, 1000, 0, false),
    charPr(CHAR.heading, 1100, 1, true),
    charPr(CHAR.cell, 900, 1, false),
    charPr(CHAR.headCell, 900, 1, true),
    charPr(CHAR.small, 800, 0, false),
  );

/**
 * Margins in HWPUNIT. 한글 writes them twice: for readers that know the HwpUnitChar namespace, and a
 * default at twice the value for those that do not (the older binary format stores them doubled).
 */
function margins(m: { intent: number; left: number; prev: number; next: number }, lineSpacing: number) {
  const values = (k: number) =>
    el(
      'hh:margin',
      {},
      el('hc:intent', { value: m.intent * k, unit: 'HWPUNIT' }),
      el('hc:left', { value: m.left * k, unit: 'HWPUNIT' }),
      el('hc:right', { value: 0, unit: 'HWPUNIT' }),
      el('hc:prev', { value: m.prev * k, unit: 'HWPUNIT' }),
      el('hc:next', { value: m.next * k, unit: 'HWPUNIT' }),
    ) + el('hh:lineSpacing', { type: 'PERCENT', value: lineSpacing, unit: 'HWPUNIT' });
  return el('hp:switch', {}, el('hp:case', { 'hp:required-namespace': 'http://www.hancom.co.kr/hwpml/2016/HwpUnitChar' }, values(1)), el('hp:default', {}, values(2)));
}

/** Korean wraps at word boundaries (어절), as the card is typed in 한글. */
function paraPr(id: number, align: 'JUSTIFY' | 'LEFT' | 'CENTER' | 'RIGHT', m: { intent: number; left: number; prev: number; next: number }, lineSpacing: number, keepWithNext = false) {
  return el(
    'hh:paraPr',
    { id, tabPrIDRef: TAB_PLAIN, condense: 0, fontLineHeight: false, snapToGrid: true, suppressLineNumbers: false, checked: false },
    el('hh:align', { horizontal: align, vertical: 'BASELINE' }),
    el('hh:heading', { type: 'NONE', idRef: 0, level: 0 }),
    el('hh:breakSetting', { breakLatinWord: 'KEEP_WORD', breakNonLatinWord: 'KEEP_WORD', widowOrphan: false, keepWithNext, keepLines: false, pageBreakBefore: false, lineWrap: 'BREAK' }),
    el('hh:autoSpacing', { eAsianEng: false, eAsianNum: false }),
    margins(m, lineSpacing),
    el('hh:border', { borderFillIDRef: BORDER.noneForText, offsetLeft: 0, offsetRight: 0, offsetTop: 0, offsetBottom: 0, connect: false, ignoreMargin: false }),
  );
}

const flat = { intent: 0, left: 0, prev: 0, next: 0 };

const paraProperties = () => {
  const list = [
    paraPr(PARA.body, 'JUSTIFY', flat, 150),
    ...Array.from({ length: OUTLINE_DEPTHS }, (_, d) => paraPr(PARA.outline(d), 'LEFT', { intent: -HANG, left: d * STEP, prev: 0, next: 0 }, 150)),
    paraPr(PARA.heading, 'LEFT', { ...flat, prev: 800, next: 300 }, 150, true),
    paraPr(PARA.centered, 'CENTER', flat, 150),
    paraPr(PARA.right, 'RIGHT', { ...flat, prev: 600 }, 150),
    paraPr(PARA.cell, 'CENTER', flat, 130),
  ];
  return el('hh:paraProperties', { itemCnt: list.length }, ...list);
};

/** The outline numbering the section's secPr names (outlineShapeIDRef), with 한글's usual formats. */
const numberings = () => {
  const formats = [
    ['DIGIT', '^1.'],
    ['HANGUL_SYLLABLE', '^2.'],
    ['DIGIT', '^3)'],
    ['HANGUL_SYLLABLE', '^4)'],
    ['DIGIT', '(^5)'],
    ['HANGUL_SYLLABLE', '(^6)'],
    ['CIRCLED_DIGIT', '^7'],
  ];
  return el(
    'hh:numberings',
    { itemCnt: 1 },
    el(
      'hh:numbering',
      { id: NUMBERING_OUTLINE, start: 0 },
      ...formats.map(([numFormat, text], i) =>
        textEl(
          'hh:paraHead',
          { start: 1, level: i + 1, align: 'LEFT', useInstWidth: true, autoIndent: true, widthAdjust: 0, textOffsetType: 'PERCENT', textOffset: 50, numFormat, charPrIDRef: 4294967295, checkable: i === 6 },
          text,
        ),
      ),
    ),
  );
};

export function headerXml(): string {
  return (
    XML_DECLARATION +
    el(
      'hh:head',
      { ...allNamespaces(), version: '1.4', secCnt: 1 },
      el('hh:beginNum', { page: 1, footnote: 1, endnote: 1, pic: 1, tbl: 1, equation: 1 }),
      el(
        'hh:refList',
        {},
        fontfaces(),
        borderFills(),
        charProperties(),
        el('hh:tabProperties', { itemCnt: 1 }, el('hh:tabPr', { id: TAB_PLAIN, autoTabLeft: false, autoTabRight: false })),
        numberings(),
        paraProperties(),
        el(
          'hh:styles',
          { itemCnt: 1 },
          el('hh:style', { id: STYLE_NORMAL, type: 'PARA', name: '바탕글', engName: 'Normal', paraPrIDRef: PARA.body, charPrIDRef: CHAR.body, nextStyleIDRef: STYLE_NORMAL, langID: 1042, lockForm: false }),
        ),
      ),
      el('hh:compatibleDocument', { targetProgram: 'HWP201X' }, el('hh:layoutCompatibility')),
      el('hh:docOption', {}, el('hh:linkinfo', { path: '', pageInherit: false, footnoteInherit: false })),
    )
  );
}
