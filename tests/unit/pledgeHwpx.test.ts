import { HwpxReader } from '@ssabrojs/hwpxjs';
import { JSDOM } from 'jsdom';
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileBytes, officeWithCard, unzip } from '../fixtures/pledgeOffice/cardFiles';
import { OFFICE_CARD_LINES, OFFICE_CARD_TABLES } from '../fixtures/pledgeOffice/expected';

/**
 * The card as a 한글 document, checked by tools nobody here wrote: the package's structure read with
 * jsdom's XML parser, and the text read back by @ssabrojs/hwpxjs, an independent HWPX reader. No 한글
 * runs here, so a person must still open one file in 한글 (the README says so).
 */
const HH = 'http://www.hancom.co.kr/hwpml/2011/head';
const HP = 'http://www.hancom.co.kr/hwpml/2011/paragraph';
const HS = 'http://www.hancom.co.kr/hwpml/2011/section';
const HC = 'http://www.hancom.co.kr/hwpml/2011/core';
const OPF = 'http://www.idpf.org/2007/opf/';
const OCF = 'urn:oasis:names:tc:opendocument:xmlns:container';

const { DOMParser } = new JSDOM().window;
const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
};
const all = (root: Document | Element, ns: string, name: string) => [...root.getElementsByTagNameNS(ns, name)];
const childElements = (e: Element) => [...e.children];

let bytes: Buffer;
let zip: JSZip;
let fileName: string;
const xmlOf = async (path: string) => parse(await zip.file(path)!.async('string'));

beforeAll(async () => {
  const { exportFile, app } = await officeWithCard();
  const file = await exportFile('pledge.exportHwpx');
  await app.close();
  fileName = file.fileName;
  bytes = fileBytes(file);
  zip = await unzip(file);
});

describe('the HWPX package', () => {
  it('is named like the other files of the card and typed as 한글 types it', () => {
    expect(fileName).toBe('공약카드_열린구정2-1_2024-01-01_2025-06-30.hwpx');
  });

  it('starts with `mimetype`, stored uncompressed, reading application/hwp+zip', () => {
    // The zip's first local file header: signature, then the compression method at byte 8 (0 = stored).
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    const nameLength = bytes.readUInt16LE(26);
    const extraLength = bytes.readUInt16LE(28);
    expect(bytes.subarray(30, 30 + nameLength).toString()).toBe('mimetype');
    const size = bytes.readUInt32LE(18);
    expect(bytes.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + size).toString()).toBe('application/hwp+zip');
    expect(Object.keys(zip.files)[0]).toBe('mimetype');
  });

  it('has version.xml with 한글\'s `tagetApplication`, settings.xml, and META-INF pointing at content.hpf', async () => {
    const version = (await xmlOf('version.xml')).documentElement;
    expect(version.localName).toBe('HCFVersion');
    expect(version.getAttribute('tagetApplication')).toBe('WORDPROCESSOR');
    expect((await xmlOf('settings.xml')).documentElement.localName).toBe('HWPApplicationSetting');
    const rootfile = all(await xmlOf('META-INF/container.xml'), OCF, 'rootfile')[0];
    expect(rootfile.getAttribute('full-path')).toBe('Contents/content.hpf');
    expect(rootfile.getAttribute('media-type')).toBe('application/hwpml-package+xml');
    expect(zip.file('META-INF/manifest.xml')).not.toBeNull();
    expect(zip.file('META-INF/container.rdf')).not.toBeNull();
  });

  it('lists every part in content.hpf, and every listed part is there; the spine orders the section', async () => {
    const hpf = await xmlOf('Contents/content.hpf');
    const items = all(hpf, OPF, 'item').map((i) => ({ id: i.getAttribute('id')!, href: i.getAttribute('href')!, type: i.getAttribute('media-type')! }));
    for (const item of items) expect(zip.file(item.href), item.href).not.toBeNull();
    const packageFiles = /^(mimetype|version\.xml|Contents\/content\.hpf|META-INF\/.*|Preview\/.*)$/;
    const parts = Object.keys(zip.files).filter((f) => !zip.files[f].dir && !packageFiles.test(f));
    expect(items.map((i) => i.href).sort()).toEqual(parts.sort());
    expect(parts).toEqual(expect.arrayContaining(['Contents/header.xml', 'Contents/section0.xml', 'settings.xml', 'BinData/image1.png']));
    expect(items.find((i) => i.href === 'BinData/image1.png')!.type).toBe('image/png');
    expect(all(hpf, OPF, 'itemref').map((r) => r.getAttribute('idref'))).toContain('section0');
  });

  it('is well-formed XML in every part, each part rooted in its OWPML namespace', async () => {
    const xmlParts = Object.keys(zip.files).filter((f) => /\.(xml|hpf|rdf)$/.test(f));
    expect(xmlParts).toHaveLength(8);
    for (const path of xmlParts) await expect(xmlOf(path), path).resolves.toBeDefined();
    expect((await xmlOf('Contents/header.xml')).documentElement.namespaceURI).toBe(HH);
    const sec = (await xmlOf('Contents/section0.xml')).documentElement;
    expect([sec.namespaceURI, sec.localName]).toEqual([HS, 'sec']);
    expect(all(sec, HP, 'p').length).toBeGreaterThan(30);
  });

  it('resolves every reference by id: paragraph, character and border shapes, styles, the photo', async () => {
    const header = await xmlOf('Contents/header.xml');
    const section = await xmlOf('Contents/section0.xml');
    const ids = (name: string) => new Set(all(header, HH, name).map((e) => e.getAttribute('id')));
    const manifestIds = new Set(all(await xmlOf('Contents/content.hpf'), OPF, 'item').map((i) => i.getAttribute('id')));
    const targets: Record<string, Set<string | null>> = {
      paraPrIDRef: ids('paraPr'),
      charPrIDRef: ids('charPr'),
      borderFillIDRef: ids('borderFill'),
      styleIDRef: ids('style'),
      nextStyleIDRef: ids('style'),
      tabPrIDRef: ids('tabPr'),
      outlineShapeIDRef: ids('numbering'),
      binaryItemIDRef: manifestIds,
    };
    let checked = 0;
    for (const doc of [header, section]) {
      for (const e of doc.getElementsByTagName('*')) {
        for (const attr of [...e.attributes].filter((a) => a.name.endsWith('IDRef'))) {
          // A numbering level's charPrIDRef of 4294967295 means "none", as 한글 writes it; empty means none too.
          if (attr.value === '' || attr.value === '4294967295' || attr.name === 'memoShapeIDRef' || attr.name.startsWith('linkList')) continue;
          expect(targets[attr.name], `${e.localName}@${attr.name}`).toBeDefined();
          expect(targets[attr.name].has(attr.value), `${e.localName}@${attr.name}=${attr.value}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("the HWPX's formatting", () => {
  it('names 함초롬바탕 and 함초롬돋움 for Hangul, with Pretendard where they are not installed', async () => {
    const header = await xmlOf('Contents/header.xml');
    const hangul = all(header, HH, 'fontface').find((f) => f.getAttribute('lang') === 'HANGUL')!;
    const fonts = all(hangul, HH, 'font');
    expect(fonts.map((f) => f.getAttribute('face'))).toEqual(['함초롬바탕', '함초롬돋움']);
    for (const f of fonts) expect(all(f, HH, 'substFont')[0].getAttribute('face')).toBe('Pretendard');
    expect(all(header, HH, 'fontface').map((f) => f.getAttribute('lang'))).toEqual(['HANGUL', 'LATIN', 'HANJA', 'JAPANESE', 'OTHER', 'SYMBOL', 'USER']);
  });

  it('gives each outline level (○ ▷ - and a ※ note) a paragraph shape of its own, each one step further in', async () => {
    const header = await xmlOf('Contents/header.xml');
    const section = await xmlOf('Contents/section0.xml');
    const leftOf = (paraPrId: string) => {
      const pr = all(header, HH, 'paraPr').find((p) => p.getAttribute('id') === paraPrId)!;
      const margin = all(all(pr, HP, 'case')[0], HH, 'margin')[0];
      return { left: Number(all(margin, HC, 'left')[0].getAttribute('value')), intent: Number(all(margin, HC, 'intent')[0].getAttribute('value')) };
    };
    const paraOf = (text: string) => all(section, HP, 'p').find((p) => all(p, HP, 't').map((t) => t.textContent).join('') === text)!.getAttribute('paraPrIDRef')!;
    const circle = leftOf(paraOf('○ 친절민원시책 추진'));
    const triangle = leftOf(paraOf('▷ 힐링프로그램'));
    const dash = leftOf(paraOf('- 2024년 : 14명 / 2025년 5월 현재 : 7명'));
    expect(circle.left).toBe(0);
    expect(triangle.left).toBeGreaterThan(circle.left);
    expect(dash.left).toBeGreaterThan(triangle.left);
    // A wrapped line lines up after its marker: the first line hangs out.
    for (const level of [circle, triangle, dash]) expect(level.intent).toBeLessThan(0);
  });

  it('draws table borders from border fills, the headings shaded', async () => {
    const header = await xmlOf('Contents/header.xml');
    const section = await xmlOf('Contents/section0.xml');
    const fills = new Map(all(header, HH, 'borderFill').map((b) => [b.getAttribute('id'), b]));
    for (const tc of all(section, HP, 'tc')) {
      const fill = fills.get(tc.getAttribute('borderFillIDRef'))!;
      for (const side of ['leftBorder', 'rightBorder', 'topBorder', 'bottomBorder']) expect(all(fill, HH, side)[0].getAttribute('type')).toBe('SOLID');
    }
    const head = all(section, HP, 'tc').find((tc) => tc.textContent === '구분')!;
    expect(all(fills.get(head.getAttribute('borderFillIDRef'))!, HC, 'winBrush')[0].getAttribute('faceColor')).toBe('#F1F3F5');
  });

  it('sets up A4 with 20 mm margins in the first run of the first paragraph, before any text, with the page number', async () => {
    const sec = (await xmlOf('Contents/section0.xml')).documentElement;
    const firstRun = all(childElements(sec)[0], HP, 'run')[0];
    expect(childElements(firstRun)[0].localName).toBe('secPr');
    expect(all(childElements(sec)[0], HP, 't').every((t) => t.textContent === '')).toBe(true);
    const page = all(firstRun, HP, 'pagePr')[0];
    expect([page.getAttribute('width'), page.getAttribute('height'), page.getAttribute('landscape')]).toEqual(['59528', '84188', 'WIDELY']);
    const m = all(page, HP, 'margin')[0];
    const mm = (attr: string) => (Number(m.getAttribute(attr)) * 25.4) / 7200;
    expect(mm('left')).toBeCloseTo(20, 1);
    expect(mm('right')).toBeCloseTo(20, 1);
    // 한글 measures the body from the paper's edge past the header (and footer) area.
    expect(mm('top') + mm('header')).toBeCloseTo(20, 1);
    expect(mm('bottom') + mm('footer')).toBeCloseTo(20, 1);
    expect(all(firstRun, HP, 'pageNum')[0].getAttribute('pos')).toBe('BOTTOM_CENTER');
  });

  it('writes real tables, 사업비 현황 with its two-level header as merged cells', async () => {
    const section = await xmlOf('Contents/section0.xml');
    const tables = all(section, HP, 'tbl');
    expect(tables).toHaveLength(3);
    const cellsOf = (tbl: Element) => all(tbl, HP, 'tr').map((tr) => childElements(tr).map((tc) => all(tc, HP, 't').map((t) => t.textContent).join('')));
    expect(tables.map(cellsOf)).toEqual([OFFICE_CARD_TABLES.공약, OFFICE_CARD_TABLES.구민소통실적, OFFICE_CARD_TABLES['사업비 현황']]);
    const budget = tables[2];
    expect([budget.getAttribute('rowCnt'), budget.getAttribute('colCnt'), budget.getAttribute('repeatHeader')]).toEqual(['7', '9', '1']);
    const span = (text: string) => {
      const tc = all(budget, HP, 'tc').find((c) => c.textContent === text)!;
      const s = all(tc, HP, 'cellSpan')[0];
      const a = all(tc, HP, 'cellAddr')[0];
      return [Number(a.getAttribute('rowAddr')), Number(a.getAttribute('colAddr')), Number(s.getAttribute('rowSpan')), Number(s.getAttribute('colSpan'))];
    };
    expect(span('구분')).toEqual([0, 0, 2, 1]);
    expect(span('합계')).toEqual([0, 1, 2, 1]);
    expect(span('임기내')).toEqual([0, 2, 1, 6]);
    expect(span('임기후')).toEqual([0, 8, 2, 1]);
    expect(span('소계')).toEqual([1, 2, 1, 1]);
    expect(span('2026년')).toEqual([1, 7, 1, 1]);
    // Every row covers the nine columns once its cells and the cells reaching down from above are counted.
    const covered = all(budget, HP, 'tc').reduce((n, tc) => {
      const s = all(tc, HP, 'cellSpan')[0];
      return n + Number(s.getAttribute('rowSpan')) * Number(s.getAttribute('colSpan'));
    }, 0);
    expect(covered).toBe(7 * 9);
  });
});

describe('read back by @ssabrojs/hwpxjs', () => {
  const reader = async () => {
    const r = new HwpxReader();
    await r.loadFromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return r;
  };

  it("gives back the card's lines, in the card's order", async () => {
    const text = await (await reader()).extractText();
    // Paragraphs holding a table or a photo read as empty lines: hwpxjs 0.2 reads the text of paragraphs only.
    expect(text.split('\n').filter((l) => l !== '')).toEqual(OFFICE_CARD_LINES);
  });

  it('finds the photo in BinData/ and the section through the manifest and spine', async () => {
    const r = await reader();
    expect(await r.listImages()).toEqual(['BinData/image1.png']);
    const info = await r.getDocumentInfo();
    expect(info.summary.spine).toEqual(['header', 'section0']);
    expect(info.metadata.title).toBe('열린구정 2-1 소통과 공감의 고품격 민원서비스 제공');
  });
});
