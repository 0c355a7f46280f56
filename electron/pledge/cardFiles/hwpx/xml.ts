/** Writing OWPML by hand: every part is built from these, so every value is escaped the same way. */

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

type Attrs = Record<string, string | number | boolean | undefined>;

const attrText = (attrs: Attrs) =>
  Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    // OWPML writes its booleans as 0 and 1, as 한글 itself does.
    .map(([k, v]) => ` ${k}="${typeof v === 'boolean' ? (v ? '1' : '0') : escapeXml(String(v))}"`)
    .join('');

/** `<name a="1">children</name>`, or `<name a="1"/>` without children. */
export const el = (name: string, attrs: Attrs = {}, ...children: string[]) =>
  children.length ? `<${name}${attrText(attrs)}>${children.join('')}</${name}>` : `<${name}${attrText(attrs)}/>`;

/** An element holding text. */
export const textEl = (name: string, attrs: Attrs, text: string) => `<${name}${attrText(attrs)}>${escapeXml(text)}</${name}>`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>';

/** The OWPML 2011 namespaces 한글 writes on every part's root (KS X 6101; ../../../shared/REFERENCES.md). */
export const NS = {
  ha: 'http://www.hancom.co.kr/hwpml/2011/app',
  hp: 'http://www.hancom.co.kr/hwpml/2011/paragraph',
  hp10: 'http://www.hancom.co.kr/hwpml/2016/paragraph',
  hs: 'http://www.hancom.co.kr/hwpml/2011/section',
  hc: 'http://www.hancom.co.kr/hwpml/2011/core',
  hh: 'http://www.hancom.co.kr/hwpml/2011/head',
  hhs: 'http://www.hancom.co.kr/hwpml/2011/history',
  hm: 'http://www.hancom.co.kr/hwpml/2011/master-page',
  hpf: 'http://www.hancom.co.kr/schema/2011/hpf',
  dc: 'http://purl.org/dc/elements/1.1/',
  opf: 'http://www.idpf.org/2007/opf/',
  ooxmlchart: 'http://www.hancom.co.kr/hwpml/2016/ooxmlchart',
  hwpunitchar: 'http://www.hancom.co.kr/hwpml/2016/HwpUnitChar',
  epub: 'http://www.idpf.org/2007/ops',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
} as const;

/** Every namespace as xmlns attributes, for a part's root element. */
export const allNamespaces = () => Object.fromEntries(Object.entries(NS).map(([prefix, uri]) => [`xmlns:${prefix}`, uri]));

/** HWPUNIT, 1/7200 inch: the unit of every length in OWPML. */
export const mmToHwp = (mm: number) => Math.round((mm * 7200) / 25.4);
