/**
 * The card on paper: A4 portrait with 20 mm margins all round, in every file the app writes (HWPX, DOCX,
 * XLSX) and in the PDF printed from the print view, so a printer never clips a table.
 */
export const CARD_PAGE = { widthMm: 210, heightMm: 297, marginMm: 20 } as const;

/** The width text and tables may take: 170 mm. */
export const CARD_TEXT_WIDTH_MM = CARD_PAGE.widthMm - 2 * CARD_PAGE.marginMm;

/** Word's unit, 1/1440 inch. */
export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** A photo at most this wide on the card, keeping its shape. */
export const PHOTO_MAX_WIDTH_MM = 80;
