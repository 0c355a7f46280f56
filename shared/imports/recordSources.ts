import { sourceText, type RecordSource } from '../contract/imports';

/** `5~8, 10` for the rows 5, 6, 7, 8 and 10: a training's attendance rows read as one stretch of the sheet. */
export function rowRanges(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    ranges.push(first === sorted[i] ? String(first) : `${first}~${sorted[i]}`);
  }
  return ranges.join(', ');
}

/**
 * Where one record came from, as its screen says it: `통역 지원 일지.xlsx · 통역일지 · 12행`, or for a
 * record made of several rows (a training and its attendance) `친절교육 출석부.xlsx · 출석부 · 5~8행`;
 * files (and sheets) in the order met, apart by ` / `.
 */
export function sourcesText(sources: Pick<RecordSource, 'fileName' | 'sheet' | 'row'>[]): string {
  const files = new Map<string, { fileName: string; sheet: string; rows: number[] }>();
  for (const s of sources) {
    const key = `${s.fileName}\u0000${s.sheet}`;
    const file = files.get(key) ?? { fileName: s.fileName, sheet: s.sheet, rows: [] };
    file.rows.push(s.row);
    files.set(key, file);
  }
  return [...files.values()].map((f) => sourceText(f.fileName, f.sheet, rowRanges(f.rows))).join(' / ');
}
