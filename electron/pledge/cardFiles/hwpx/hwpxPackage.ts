import JSZip from 'jszip';
import { headerXml } from './hwpxHeader';
import type { BinItem } from './hwpxSection';
import { el, NS, textEl, XML_DECLARATION } from './xml';

/** The package's own type, which 한글 reads before anything else. */
export const HWPX_MIMETYPE = 'application/hwp+zip';

export interface HwpxParts {
  title: string;
  creator: string;
  /** yyyy-MM-ddTHH:mm:ssZ */
  createdAt: string;
  sectionXml: string;
  binItems: BinItem[];
  /** The card as plain text, for previews that do not read the document (Preview/PrvText.txt). */
  previewText: string;
}

const versionXml = () =>
  XML_DECLARATION +
  // `tagetApplication` is how 한글 spells it, and how readers look for it.
  el('hv:HCFVersion', {
    'xmlns:hv': 'http://www.hancom.co.kr/hwpml/2011/version',
    tagetApplication: 'WORDPROCESSOR',
    major: 5,
    minor: 0,
    micro: 5,
    buildNumber: 0,
    os: 1,
    xmlVersion: '1.4',
    application: '민원서비스 실적관리',
    appVersion: '1.0',
  });

const settingsXml = () =>
  XML_DECLARATION + el('ha:HWPApplicationSetting', { 'xmlns:ha': NS.ha, 'xmlns:config': NS.config }, el('ha:CaretPosition', { listIDRef: 0, paraIDRef: 0, pos: 0 }));

const containerXml = () =>
  XML_DECLARATION +
  el(
    'ocf:container',
    { 'xmlns:ocf': 'urn:oasis:names:tc:opendocument:xmlns:container', 'xmlns:hpf': NS.hpf },
    el(
      'ocf:rootfiles',
      {},
      el('ocf:rootfile', { 'full-path': 'Contents/content.hpf', 'media-type': 'application/hwpml-package+xml' }),
      el('ocf:rootfile', { 'full-path': 'Preview/PrvText.txt', 'media-type': 'text/plain' }),
    ),
  );

const manifestXml = () => XML_DECLARATION + el('odf:manifest', { 'xmlns:odf': 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0' });

/** The parts' roles, as 한글 describes its own packages. */
const containerRdf = () => {
  const pkg = 'http://www.hancom.co.kr/hwpml/2016/meta/pkg#';
  const part = (path: string, type: string) =>
    el('rdf:Description', { 'rdf:about': '' }, el('ns0:hasPart', { 'xmlns:ns0': pkg, 'rdf:resource': path })) +
    el('rdf:Description', { 'rdf:about': path }, el('rdf:type', { 'rdf:resource': `${pkg}${type}` }));
  return (
    XML_DECLARATION +
    el(
      'rdf:RDF',
      { 'xmlns:rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' },
      part('Contents/header.xml', 'HeaderFile'),
      part('Contents/section0.xml', 'SectionFile'),
      el('rdf:Description', { 'rdf:about': '' }, el('rdf:type', { 'rdf:resource': `${pkg}Document` })),
    )
  );
};

/** Contents/content.hpf: the metadata, a manifest item for every part (header, section, settings, each photo) and the spine. */
function contentHpf(parts: HwpxParts) {
  const meta = (name: string, value: string) => textEl('opf:meta', { name, content: 'text' }, value);
  return (
    XML_DECLARATION +
    el(
      'opf:package',
      { ...Object.fromEntries(Object.entries(NS).map(([p, uri]) => [`xmlns:${p}`, uri])), version: '', 'unique-identifier': '', id: '' },
      el(
        'opf:metadata',
        {},
        textEl('opf:title', {}, parts.title),
        textEl('opf:language', {}, 'ko'),
        meta('creator', parts.creator),
        meta('CreatedDate', parts.createdAt),
        meta('ModifiedDate', parts.createdAt),
      ),
      el(
        'opf:manifest',
        {},
        el('opf:item', { id: 'header', href: 'Contents/header.xml', 'media-type': 'application/xml' }),
        ...parts.binItems.map((b) => el('opf:item', { id: b.id, href: b.path, 'media-type': b.mediaType, isEmbeded: '1' })),
        el('opf:item', { id: 'section0', href: 'Contents/section0.xml', 'media-type': 'application/xml' }),
        el('opf:item', { id: 'settings', href: 'settings.xml', 'media-type': 'application/xml' }),
      ),
      el('opf:spine', {}, el('opf:itemref', { idref: 'header', linear: 'yes' }), el('opf:itemref', { idref: 'section0', linear: 'yes' })),
    )
  );
}

/**
 * The HWPX package (OWPML, KS X 6101) in the order 한글 writes it. `mimetype` must be the first entry and
 * stored uncompressed: 한글 refuses a package that breaks this. Every other part is deflated.
 */
export async function hwpxPackage(parts: HwpxParts): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date('1980-01-01T00:00:00Z');
  // No folder entries: 한글's own packages list files only.
  const stored = { compression: 'STORE' as const, date, createFolders: false };
  const packed = { compression: 'DEFLATE' as const, date, createFolders: false };
  zip.file('mimetype', HWPX_MIMETYPE, stored);
  zip.file('version.xml', versionXml(), packed);
  zip.file('Contents/header.xml', headerXml(), packed);
  for (const b of parts.binItems) zip.file(b.path, b.bytes, packed);
  zip.file('Contents/section0.xml', parts.sectionXml, packed);
  zip.file('Preview/PrvText.txt', parts.previewText, packed);
  zip.file('settings.xml', settingsXml(), packed);
  zip.file('META-INF/container.rdf', containerRdf(), packed);
  zip.file('Contents/content.hpf', contentHpf(parts), packed);
  zip.file('META-INF/container.xml', containerXml(), packed);
  zip.file('META-INF/manifest.xml', manifestXml(), packed);
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
}
