import { CARD_PAGE } from '../../shared/pledge/cardPage';

/**
 * How every PDF the app prints is laid out, by Electron's printToPDF and by the preview's Chromium
 * alike: A4 with 20 mm margins, so a printer never clips the card's tables, and the page number
 * centred in the bottom margin.
 */
export const PDF_MARGIN_MM = CARD_PAGE.marginMm;

/** Chromium fills in `pageNumber` and `totalPages`; the template has no styles of the page, so it sets its own. */
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-size:9px;font-family:\'Noto Sans CJK KR\',\'Malgun Gothic\',sans-serif;color:#000">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** An empty header: Chromium's own would print the page's title and date. */
export const PDF_HEADER_TEMPLATE = '<span></span>';

/** Electron's printToPDF options: margins in inches. */
export const electronPdfOptions = () => {
  const inches = PDF_MARGIN_MM / 25.4;
  return {
    pageSize: 'A4' as const,
    printBackground: true,
    margins: { top: inches, bottom: inches, left: inches, right: inches },
    displayHeaderFooter: true,
    headerTemplate: PDF_HEADER_TEMPLATE,
    footerTemplate: PDF_FOOTER_TEMPLATE,
  };
};

/** Playwright's page.pdf options for the preview's Chromium: the same page. */
export const chromiumPdfOptions = () => {
  const margin = `${PDF_MARGIN_MM}mm`;
  return {
    format: 'A4',
    printBackground: true,
    margin: { top: margin, bottom: margin, left: margin, right: margin },
    displayHeaderFooter: true,
    headerTemplate: PDF_HEADER_TEMPLATE,
    footerTemplate: PDF_FOOTER_TEMPLATE,
  };
};
