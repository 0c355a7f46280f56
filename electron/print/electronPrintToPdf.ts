import type { BrowserWindow } from 'electron';
import { PRINT_READY_SCRIPT } from '../../shared/printReady';
import { APP_PAGE_URL } from '../protocol/appProtocol';
import { openAppWindow } from '../window';
import { electronPdfOptions } from './pdfPage';

const READY_TIMEOUT_MS = 15_000;

/**
 * Prints one of the app's own pages (app://minwon/…) to PDF in a hidden window made like the
 * main window; the page says when its data is on screen. A4, 20 mm margins, page numbers (pdfPage.ts).
 */
export function electronPrintToPdf(preloadPath: string, trackWindow: (win: BrowserWindow) => void) {
  return async (route: string): Promise<Buffer> => {
    const win = openAppWindow(preloadPath);
    trackWindow(win);
    try {
      await win.loadURL(`${APP_PAGE_URL}#${route}`);
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (!(await win.webContents.executeJavaScript(PRINT_READY_SCRIPT))) {
        if (Date.now() > deadline) throw new Error(`print page not ready: ${route}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return await win.webContents.printToPDF(electronPdfOptions());
    } finally {
      win.destroy();
    }
  };
}
