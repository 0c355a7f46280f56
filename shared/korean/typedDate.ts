import { addDays, isCalendarDate } from '../dateRange';

const WORDS: Record<string, number> = { 그제: -2, 그저께: -2, 어제: -1, 오늘: 0, 내일: 1, 모레: 2 };
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as a person types it at the desk, written yyyy-MM-dd; null when the text is no date shape.
 *
 * Typing is quick and forgiving: `20261202`, `261202`, `2026.12.2`, `2026-12-02`, `2026/12/2`,
 * `2026년 12월 2일`, the field's own display `2026.12.02.(수)`, `12.2` or `1202` (this year), and
 * `오늘`, `어제`, `내일`. The day is not checked against the calendar: `2026.2.30` comes back as
 * `2026-02-30`, so the contract's own message ("달력에 없는 날짜") can say what is wrong with it.
 */
export function readTypedDate(text: string, today: string): string | null {
  const typed = text.trim().replace(/\s*\([월화수목금토일]\)\s*$/, '');
  if (typed in WORDS) return addDays(today, WORDS[typed]);
  const thisYear = Number(today.slice(0, 4));
  const digits = /^\d+$/.test(typed) ? typed : null;
  let parts: number[];
  if (digits?.length === 8) parts = [+digits.slice(0, 4), +digits.slice(4, 6), +digits.slice(6)];
  else if (digits?.length === 6) parts = [2000 + +digits.slice(0, 2), +digits.slice(2, 4), +digits.slice(4)];
  else if (digits?.length === 4) parts = [thisYear, +digits.slice(0, 2), +digits.slice(2)];
  else {
    const pieces = typed.replace(/[.\-/\s년월일]+$/, '').split(/\s*[.\-/년월]\s*|\s+/);
    if (!pieces.every((p) => /^\d{1,4}$/.test(p))) return null;
    if (pieces.length === 2 && pieces.every((p) => p.length <= 2)) parts = [thisYear, +pieces[0], +pieces[1]];
    else if (pieces.length === 3 && pieces[0].length === 4 && pieces[1].length <= 2 && pieces[2].length <= 2) parts = pieces.map(Number);
    else if (pieces.length === 3 && pieces[0].length === 2 && pieces[1].length <= 2 && pieces[2].length <= 2) parts = [2000 + +pieces[0], +pieces[1], +pieces[2]];
    else return null;
  }
  const [y, m, d] = parts;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The typed text as a real calendar day, or null: what a date field may take as its value. */
export function parseTypedDate(text: string, today: string): string | null {
  const iso = readTypedDate(text, today);
  return iso && isCalendarDate(iso) ? iso : null;
}
