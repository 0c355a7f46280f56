import { headerKey, type ImportField } from '../../shared/imports/importFields';
import type { Sheet } from '../staff/staffSheet';
import { cellText } from './cellValues';

/** How far down an office's sheet its header row may sit, below titles, dates and notes. */
const HEADER_SEARCH_ROWS = 30;

/** A, B, …, Z, AA, AB …: how Excel names a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Which column each field is read from, by the header texts: a header written as one of the field's
 * words first (`대여일자` for 대여일), then one that holds a word (`대여일(yyyy-mm-dd)`), longest words first
 * so `반납예정일` is not taken for `반납일`. A column serves one field.
 */
export function matchColumns(headers: string[], fields: readonly ImportField[]): Record<string, number | null> {
  const keys = headers.map(headerKey);
  const mapping: Record<string, number | null> = Object.fromEntries(fields.map((f) => [f.key, null]));
  const used = new Set<number>();
  const take = (field: ImportField, at: number) => {
    mapping[field.key] = at;
    used.add(at);
  };
  for (const field of fields) {
    const words = new Set(field.headers.map(headerKey));
    const at = keys.findIndex((k, i) => !used.has(i) && k !== '' && words.has(k));
    if (at >= 0) take(field, at);
  }
  const rest = fields
    .filter((f) => mapping[f.key] === null)
    .flatMap((f) => f.headers.map((h) => ({ field: f, word: headerKey(h) })))
    .filter((w) => w.word.length >= 2)
    .sort((a, b) => b.word.length - a.word.length);
  for (const { field, word } of rest) {
    if (mapping[field.key] !== null) continue;
    const at = keys.findIndex((k, i) => !used.has(i) && k.includes(word));
    if (at >= 0) take(field, at);
  }
  return mapping;
}

/**
 * The header row: of the sheet's first rows, the one whose cells match the most fields (a merged title
 * row above it reads one title in every cell and matches none). Null when no row matches any.
 */
export function findHeaderRow(sheet: Sheet, fields: readonly ImportField[]): { row: number; headers: string[]; score: number } | null {
  let best: { row: number; headers: string[]; score: number } | null = null;
  for (const r of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const headers = r.cells.map(cellText);
    const mapping = matchColumns(headers, fields);
    const score = Object.values(mapping).filter((v) => v !== null).length;
    if (score > 0 && (!best || score > best.score)) best = { row: r.row, headers, score };
  }
  return best;
}
