import type { ExportFile } from '../../shared/exportFile';

/**
 * Hands a produced file to the user: the browser's download in the preview, Electron's save
 * dialog in the app (a download there asks where to save it).
 */
export function saveFile(file: ExportFile) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
