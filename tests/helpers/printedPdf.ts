import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Files the app writes, printed by tools nobody here wrote: LibreOffice (Debian's libreoffice-writer-nogui
 * and libreoffice-calc-nogui) converts DOCX and XLSX to PDF, poppler's pdftotext and pdfinfo read it.
 */

/**
 * Converts the files to PDF in one LibreOffice run (it takes seconds to start), with a profile of its
 * own in `dir` so runs side by side do not share one. The PDFs land beside the files.
 */
export function convertToPdf(dir: string, files: string[]): string[] {
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'pipe',
    timeout: 90_000,
  });
  return files.map((f) => {
    const pdf = path.join(dir, `${path.basename(f, path.extname(f))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${f}`);
    return pdf;
  });
}

/** A temp folder for one test file, removed by the returned function. */
export function printFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minwon-print-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** The page size in points, e.g. 595 × 842 for A4. */
export const pdfPageSize = (pdf: string) => {
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
  return { width: Number(w), height: Number(h) };
};

/** The text in reading order, of one page or all. */
export const pdfText = (pdf: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-'], { encoding: 'utf8' });

/** The text as laid out on the page: a table row on one line. */
export const pdfLayoutText = (pdf: string, page?: number) =>
  execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-'], { encoding: 'utf8' });

/** Every word's box, in points from the page's top-left corner. */
export function pdfWords(pdf: string, page = 1) {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5],
  }));
}

/**
 * Text compared as a reader sees it: without white space, which the printers add (a line wrapped,
 * cells set apart, LibreOffice's gap between Hangul and digits) and a reader does not read.
 */
export const squeezed = (s: string) => s.replace(/\s+/g, '');

/** The lines that are not found in the text, in their order (each searched after the one before). */
export function linesMissing(text: string, lines: string[]): string[] {
  const all = squeezed(text);
  const missing: string[] = [];
  let from = 0;
  for (const line of lines) {
    const at = all.indexOf(squeezed(line), from);
    if (at < 0) missing.push(line);
    else from = at + squeezed(line).length;
  }
  return missing;
}

export const MM = 72 / 25.4;
