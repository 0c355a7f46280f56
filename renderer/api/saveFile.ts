import type { DownloadTicket, ExportFile } from '../../shared/exportFile';

/**
 * Hands a file to the browser's download, which in the app asks where to save it (Electron's save dialog)
 * and in the preview saves it as the browser does. `href` is on the page's own origin, so the name given holds.
 */
function download(href: string, fileName: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** A small file the channel carried back whole (base64). */
export function saveFile(file: ExportFile) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  download(url, file.fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file streamed by the main process (years of rows): the download fetches its one-time address, and the
 * main process writes the file into it as it reads the records, so the screen never holds the file.
 */
export function startDownload(ticket: DownloadTicket) {
  download(ticket.url, ticket.fileName);
}
