import { isCalendarDate } from '../../shared/dateRange';
import { readTypedDate } from '../../shared/korean/typedDate';
import { withParticle } from '../../shared/korean/particles';
import type { SheetCell } from '../staff/staffSheet';

/**
 * Reading one cell of an old ledger the way its office wrote it. Each reader gives the value, null for
 * a blank cell, or a Korean sentence saying what could not be read (the row's problem in the preview).
 */
export type Read<T> = { value: T } | { problem: string } | null;

const pad = (n: number) => String(n).padStart(2, '0');
/** Excel's day 0 (its 1900 calendar counts a 29 Feb 1900 that never was, so serials from 61 on line up with this). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Serials from 1950 to 2100: a number in that span in a date column is a day, anything else is not. */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 73_415;

export const cellText = (cell: SheetCell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 16).replace('T', ' ').replace(/ 00:00$/, '');
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
};

export const isBlank = (cell: SheetCell) => cellText(cell) === '';

/** A day and maybe a time of day, as the ledger has them. */
export interface DayAndTime {
  date: string;
  time: string | null;
}

const fromUtc = (ms: number): DayAndTime => {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes() + (d.getUTCSeconds() >= 30 ? 1 : 0);
  return { date, time: minutes === 0 ? null : `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}` };
};

/** `14:30`, `14시 30분`, `오후 2:30`, `1430`: the time as HH:mm, or null when the text holds none. */
export function timeIn(text: string): string | null {
  const t = text.trim();
  const pm = /오후|pm/i.test(t);
  const am = /오전|am/i.test(t);
  const m = t.match(/(\d{1,2})\s*(?::|시)\s*(\d{1,2})?\s*분?/) ?? t.match(/^(\d{2})(\d{2})$/);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

const DATE_PROBLEM = (text: string) => `날짜를 알아볼 수 없습니다: '${text.slice(0, 30)}'. 2023-03-06처럼 적어 주세요.`;

/**
 * A date cell: a date Excel formatted, an Excel serial number (45000 = 2023.3.15.), or text as offices
 * type it (`2023-03-06`, `2023.3.6.`, `23.03.06`, `2023년 3월 6일`, `20230306`, `3/6/2023`), with a time
 * after it if there is one. A date without its year is not guessed.
 */
export function readDate(cell: SheetCell, today: string): Read<DayAndTime> {
  if (cell === null || cellText(cell) === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { problem: DATE_PROBLEM(cellText(cell)) } : { value: fromUtc(cell.getTime()) };
  if (typeof cell === 'number') {
    if (cell < SERIAL_MIN || cell > SERIAL_MAX) return { problem: DATE_PROBLEM(String(cell)) };
    return { value: fromUtc(EXCEL_EPOCH + Math.round(cell * 1440) * 60_000) };
  }
  const text = cellText(cell);
  if (/^\d{5}(\.\d+)?$/.test(text)) return readDate(Number(text), today);
  // The time, if any, is at the end: `2023-03-06 14:30`, `2023.3.6. 오후 2시`, `2023-03-06T14:30:00`.
  const clock = text.match(/(?:\s+|T)((?:오전|오후|am|pm)?\s*\d{1,2}\s*(?::|시)\s*(?:\d{1,2})?\s*분?(?::\d{2}(?:\.\d+)?)?)\s*$/i);
  const written = (clock ? text.slice(0, clock.index) : text).replace(/\s*\([월화수목금토일]\)\s*$/, '').trim();
  const us = written.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  const datePart = us ? `${us[3]}-${us[1]}-${us[2]}` : written;
  const rest = clock ? clock[1] : '';
  const pieces = datePart.replace(/[.\-/\s년월일]+$/, '').split(/\s*[.\-/년월]\s*|\s+/);
  const hasYear = /^\d{8}$/.test(datePart.trim()) || /^\d{6}$/.test(datePart.trim()) || (pieces.length === 3 && /^\d{2}(\d{2})?$/.test(pieces[0]));
  const iso = hasYear ? readTypedDate(datePart, today) : null;
  if (!iso) return { problem: DATE_PROBLEM(text) };
  if (!isCalendarDate(iso)) return { problem: `달력에 없는 날짜입니다: '${text.slice(0, 30)}'.` };
  const time = rest.trim() ? timeIn(rest) : null;
  if (rest.trim() && !time) return { problem: `시각을 알아볼 수 없습니다: '${text.slice(0, 30)}'.` };
  return { value: { date: iso, time } };
}

/** A time-of-day cell: `10:30`, `1030`, `오후 2시`, or the fraction of a day Excel keeps. */
export function readTime(cell: SheetCell): Read<string> {
  if (cell === null || cellText(cell) === '') return null;
  if (cell instanceof Date) return { value: fromUtc(cell.getTime()).time ?? '00:00' };
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const minutes = Math.round(cell * 1440);
    return { value: `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}` };
  }
  const time = timeIn(cellText(cell));
  return time ? { value: time } : { problem: `시각을 알아볼 수 없습니다: '${cellText(cell).slice(0, 20)}'. 14:30처럼 적어 주세요.` };
}

/** A month: `2023-01`, `2023.1`, `2023년 1월`, `202301`, or any date in it. */
export function readMonth(cell: SheetCell, today: string): Read<string> {
  if (cell === null || cellText(cell) === '') return null;
  const text = cellText(cell);
  const m = text.match(/^(\d{4})\s*(?:[.\-/년]\s*)?(\d{1,2})\s*[.월]?\s*$/) ?? text.match(/^(\d{4})(\d{2})$/);
  if (m && typeof cell !== 'number') {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { problem: `달을 알아볼 수 없습니다: '${text.slice(0, 20)}'.` };
    return { value: `${m[1]}-${pad(month)}` };
  }
  const day = readDate(cell, today);
  if (day && 'value' in day) return { value: day.value.date.slice(0, 7) };
  return { problem: `선정월을 알아볼 수 없습니다: '${text.slice(0, 20)}'. 2023-01 또는 2023년 1월처럼 적어 주세요.` };
}

/** A whole number: `20`, `20명`, `1,200`, `3 회`. */
export function readCount(cell: SheetCell, label: string): Read<number> {
  if (cell === null || cellText(cell) === '') return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? { value: cell } : { problem: `${withParticle(label, '은/는')} 정수로 적어 주세요: '${cell}'.` };
  const text = cellText(cell).replace(/,/g, '');
  const m = text.match(/^(-?\d+(?:\.\d+)?)\s*(명|회|건|원|개|개부서|일|분|백만원)?$/);
  if (!m) return { problem: `${withParticle(label, '을/를')} 숫자로 알아볼 수 없습니다: '${cellText(cell).slice(0, 20)}'.` };
  const n = Number(m[1]);
  return Number.isInteger(n) ? { value: n } : { problem: `${withParticle(label, '은/는')} 정수로 적어 주세요: '${m[1]}'.` };
}

const YES = ['o', 'ㅇ', '○', '◯', 'v', '√', '✓', 'y', 'yes', 'true', '1', '예', '네', '유', '있음', '함', '완료', '반납', '반납완료', '회수', '동의', '동의함', '출석', '참석', '이수'];
const NO = ['x', '×', '✕', 'n', 'no', 'false', '0', '아니오', '아니요', '무', '없음', '안함', '미반납', '대여중', '미회수', '미동의', '비동의', '동의안함', '거부'];

/** 예/아니요 as ledgers mark it: O/X, 반납/미반납, 동의/미동의, Y/N. */
export function readYesNo(cell: SheetCell, label: string): Read<boolean> {
  if (cell === null || cellText(cell) === '') return null;
  if (typeof cell === 'boolean') return { value: cell };
  const word = cellText(cell).toLowerCase().replace(/\s/g, '');
  if (YES.includes(word)) return { value: true };
  if (NO.includes(word)) return { value: false };
  return { problem: `${withParticle(label, '을/를')} 알아볼 수 없습니다: '${cellText(cell).slice(0, 20)}'. O 또는 X로 적어 주세요.` };
}
