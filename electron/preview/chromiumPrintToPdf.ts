import { PRINT_READY_ATTRIBUTE } from '../../shared/printReady';
import { chromiumPdfOptions } from '../print/pdfPage';

/** The preview's stand-in for Electron's printToPDF: the same page, printed by Debian's Chromium on the same paper (pdfPage.ts). */
export function chromiumPrintToPdf(baseUrl: () => string) {
  return async (route: string): Promise<Buffer> => {
    // Loaded by the first PDF rather than when the preview starts (issue 15).
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
      await page.goto(`${baseUrl()}#${route}`);
      // A selector, not a script: the page's CSP forbids the eval a string function would need.
      await page.waitForSelector(`body[${PRINT_READY_ATTRIBUTE}="1"]`, { state: 'attached', timeout: 15_000 });
      return await page.pdf(chromiumPdfOptions());
    } finally {
      await browser.close();
    }
  };
}
