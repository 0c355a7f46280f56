/** A file a handler produced for the user to save (XLSX, DOCX, PDF …), carried over IPC as base64. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';
/** 한글's open format (OWPML): the same type its `mimetype` entry holds. */
export const HWPX_MIME = 'application/hwp+zip';
