import type { PrintableCard } from '../../../shared/contract/pledge';
import { HWPX_MIME, type ExportFile } from '../../../shared/exportFile';
import { cardDocument, cardFileName, cardTexts } from '../../../shared/pledge/cardDocument';
import { cardNumber } from '../../../shared/pledge/cardHeader';
import { hwpxPackage } from './hwpx/hwpxPackage';
import { sectionXml } from './hwpx/hwpxSection';

/**
 * The whole card as a 한글 document (HWPX): the same blocks as the print view and the other files,
 * written as OWPML by the app itself: real tables with merged cells, the ○ ▷ - levels as paragraph
 * shapes with their indents, the photos in BinData/, A4 with 20 mm margins and page numbers.
 */
export async function cardHwpx(printable: PrintableCard, now: Date = new Date()): Promise<ExportFile> {
  const { card, section, officeName } = printable;
  const blocks = cardDocument(printable);
  const { xml, binItems } = sectionXml(blocks);
  const bytes = await hwpxPackage({
    title: `${cardNumber(card)} ${card.title}`,
    creator: officeName || '민원서비스 실적관리',
    createdAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sectionXml: xml,
    binItems,
    previewText: cardTexts(blocks).join('\r\n'),
  });
  return { fileName: cardFileName(card, section, 'hwpx'), mimeType: HWPX_MIME, contentBase64: bytes.toString('base64') };
}
