import type ExcelJS from 'exceljs';
import { CARD_PAGE, CARD_TEXT_WIDTH_MM } from '../../../shared/pledge/cardPage';

const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;

/**
 * Every sheet of the card's workbook prints on A4 portrait with 20 mm margins, one page wide (as
 * many pages tall as it needs), centred, with the page number in the footer.
 */
export const A4_PRINT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9 as ExcelJS.PaperSize, // A4
  orientation: 'portrait',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  showGridLines: false,
  margins: {
    left: inches(CARD_PAGE.marginMm),
    right: inches(CARD_PAGE.marginMm),
    top: inches(CARD_PAGE.marginMm),
    bottom: inches(CARD_PAGE.marginMm),
    header: inches(8),
    footer: inches(8),
  },
};

/**
 * The page's width between the margins in Excel's column units (a unit is a character of the default
 * font: about 1.9 mm), so sheets fill the page without being shrunk.
 */
export const PRINT_WIDTH_UNITS = Math.floor(CARD_TEXT_WIDTH_MM / 1.9);

/** How many character widths a text takes: Hangul and other wide characters count two. */
export const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x1100 ? 2 : 1), 0);
