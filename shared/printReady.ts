/**
 * A page rendered for printing sets this attribute on <body> once its data is on screen, so the
 * PDF printer (Electron's hidden window, or Chromium in the preview) knows when to print.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
export const PRINT_READY_SCRIPT = `document.body.getAttribute('${PRINT_READY_ATTRIBUTE}') === '1'`;
