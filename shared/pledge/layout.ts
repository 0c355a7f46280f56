import type { LayoutEntry, NoteLine } from './records';
import type { LineLevel } from './section';

/**
 * The user's arrangement of the section: the saved order and hidden flags, applied to whatever lines
 * the records produce today. Lines are never edited here, only placed, so no figure can be typed over.
 */
const RANK: Record<LineLevel, number> = { '○': 0, '▷': 1, '-': 2, '※': 3 };

interface Placeable {
  key: string;
  level: LineLevel;
}

/** The generated lines with each note placed under the line it was added to (or at the end). */
export function withNotes<L extends Placeable>(generated: L[], notes: NoteLine[], toLine: (n: NoteLine) => L): L[] {
  const out = [...generated];
  for (const note of [...notes].sort((a, b) => a.id - b.id)) {
    const anchor = note.afterKey === null ? -1 : out.findIndex((l) => l.key === note.afterKey);
    if (anchor < 0) {
      out.push(toLine(note));
      continue;
    }
    // After the anchor and any notes already added under it, so notes keep the order they were written in.
    let at = anchor + 1;
    while (at < out.length && out[at].key.startsWith('note:') && notes.some((n) => `note:${n.id}` === out[at].key && n.afterKey === note.afterKey)) at++;
    out.splice(at, 0, toLine(note));
  }
  return out;
}

/**
 * Saved order first; a line the saved order does not know (a new year, a new record) goes right after
 * the line above it in the natural order, and starts hidden if the line it belongs under is hidden.
 */
export function arrangeLines<L extends Placeable>(natural: L[], saved: LayoutEntry[]): (L & { hidden: boolean })[] {
  const byKey = new Map(natural.map((l) => [l.key, l]));
  const savedHidden = new Map(saved.map((e) => [e.key, e.hidden]));
  const order = [...new Set(saved.map((e) => e.key))].filter((k) => byKey.has(k));
  natural.forEach((line, i) => {
    if (order.includes(line.key)) return;
    let at = 0;
    for (let p = i - 1; p >= 0; p--) {
      const idx = order.indexOf(natural[p].key);
      if (idx >= 0) {
        at = idx + 1;
        break;
      }
    }
    order.splice(at, 0, line.key);
  });
  const out: (L & { hidden: boolean })[] = [];
  for (const key of order) {
    const line = byKey.get(key)!;
    let hidden = savedHidden.get(key);
    if (hidden === undefined) {
      const parent = [...out].reverse().find((l) => RANK[l.level] < RANK[line.level]);
      hidden = parent?.hidden ?? false;
    }
    out.push({ ...line, hidden });
  }
  return out;
}

/** A line and the lines under it (deeper levels that follow it). */
function blockEnd(lines: Placeable[], start: number) {
  let end = start + 1;
  while (end < lines.length && RANK[lines[end].level] > RANK[lines[start].level]) end++;
  return end;
}

export function blockKeys(lines: Placeable[], key: string): string[] {
  const start = lines.findIndex((l) => l.key === key);
  return start < 0 ? [] : lines.slice(start, blockEnd(lines, start)).map((l) => l.key);
}

/**
 * Moves a line with the lines under it past its neighbour at the same level, staying under the same
 * parent. A ※ note moves one line at a time, so it can be put under any line. Null when it cannot move.
 */
export function moveBlock<L extends Placeable>(lines: L[], key: string, direction: 'up' | 'down'): L[] | null {
  const start = lines.findIndex((l) => l.key === key);
  if (start < 0) return null;
  if (lines[start].level === '※') {
    const other = direction === 'up' ? start - 1 : start + 1;
    if (other < 0 || other >= lines.length) return null;
    const out = [...lines];
    [out[start], out[other]] = [out[other], out[start]];
    return out;
  }
  const rank = RANK[lines[start].level];
  const end = blockEnd(lines, start);
  if (direction === 'up') {
    let prev = start - 1;
    while (prev >= 0 && RANK[lines[prev].level] > rank) prev--;
    if (prev < 0 || RANK[lines[prev].level] < rank) return null;
    return [...lines.slice(0, prev), ...lines.slice(start, end), ...lines.slice(prev, start), ...lines.slice(end)];
  }
  if (end >= lines.length || RANK[lines[end].level] < rank) return null;
  const nextEnd = blockEnd(lines, end);
  return [...lines.slice(0, start), ...lines.slice(end, nextEnd), ...lines.slice(start, end), ...lines.slice(nextEnd)];
}

export const layoutOf = (lines: { key: string; hidden: boolean }[]): LayoutEntry[] => lines.map((l) => ({ key: l.key, hidden: l.hidden }));

/**
 * The page sends the arrangement of the period on screen only. A saved line of another period (a
 * year or a round outside it) keeps its place after the line it followed and its hidden flag, so
 * arranging one period never undoes the choices made for another.
 */
export function mergeLayout(saved: LayoutEntry[], sent: LayoutEntry[]): LayoutEntry[] {
  const out = [...new Map(sent.map((e) => [e.key, e])).values()];
  const sentKeys = new Set(out.map((e) => e.key));
  let at = 0;
  for (const entry of saved) {
    if (sentKeys.has(entry.key)) {
      at = out.findIndex((e) => e.key === entry.key) + 1;
      continue;
    }
    if (out.some((e) => e.key === entry.key)) continue;
    out.splice(at++, 0, entry);
  }
  return out;
}
