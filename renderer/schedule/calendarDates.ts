import { addDays, datesBetween } from '../../shared/korean/holidays';

/** Calendar arithmetic on yyyy-MM-dd strings; weeks start on Sunday, as the app's DatesProvider says. */
export const WEEKDAY_LABELS = ['일', '월', '화', '수', '목', '금', '토'];

export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export const monthOf = (date: string) => date.slice(0, 7);

export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export const weekStart = (date: string) => addDays(date, -weekdayOf(date));

/** Whole weeks covering the month, so the grid is a rectangle. */
export function monthGrid(month: string): string[] {
  const { from, to } = monthBounds(month);
  return datesBetween(weekStart(from), addDays(weekStart(to), 6));
}

export const weekGrid = (date: string) => datesBetween(weekStart(date), addDays(weekStart(date), 6));

/** `2025년 3월` */
export const monthTitle = (month: string) => `${Number(month.slice(0, 4))}년 ${Number(month.slice(5, 7))}월`;

/** `3월 4일 (화)` */
export const dayTitle = (date: string) => `${Number(date.slice(5, 7))}월 ${Number(date.slice(8, 10))}일 (${WEEKDAY_LABELS[weekdayOf(date)]})`;

/**
 * The name of a calendar day's button, which shows only its number: `3월 4 일 (화)`. A screen reader says
 * it as 3월 4일, and the number stands as a word of its own, as the button shows it: someone who works by
 * voice says "4" to press it (WCAG 2.5.3, label in name), which "4일" would not match.
 */
export const dayButtonName = (date: string) => `${Number(date.slice(5, 7))}월 ${Number(date.slice(8, 10))} 일 (${WEEKDAY_LABELS[weekdayOf(date)]})`;

