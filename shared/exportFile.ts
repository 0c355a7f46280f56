/** A file a handler produced for the user to save (XLSX, DOCX, PDF …), carried over IPC as base64. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/**
 * A file too large to carry in an answer (years of rows): the address the screen downloads it from once,
 * within a minute, while the person who asked is still signed in. The main process writes the file into
 * the download as it reads the records, so neither the rows nor the file are ever whole in memory.
 */
export interface DownloadTicket {
  /** `/download/<token>` on the page's own origin: app://minwon in the app, 127.0.0.1 in the preview. */
  url: string;
  fileName: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';
/** 한글's open format (OWPML): the same type its `mimetype` entry holds. */
export const HWPX_MIME = 'application/hwp+zip';
