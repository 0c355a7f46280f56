import type { DateRange } from '../figures';
import { fullDate, monthDay, yearMonth } from '../korean/reportFormat';
import type { DatePrecision, DatedFact } from './records';

/**
 * Dates of facts known to the day or only to the month (records.ts DatePrecision), written the card's
 * way on screen and on paper alike.
 */

/** The date kept for a fact: a month-only one is its month's first day, whatever day was picked. */
export const storedFactDate = (date: string, precision: DatePrecision) => (precision === 'month' ? `${date.slice(0, 7)}-01` : date);

/** `2024.11.28.`, or `2022.11월` when only the month is known. */
export const factDate = (f: DatedFact) => (f.datePrecision === 'month' ? yearMonth(f.date) : fullDate(f.date));

/** Inside a line, after a step's name: `6.3.`, or `6월` when only the month is known. */
export const factMonthDay = (f: DatedFact) => (f.datePrecision === 'month' ? `${Number(f.date.slice(5, 7))}월` : monthDay(f.date));

/** The days a fact may have taken place on: its day, or its whole month when only the month is known. */
export function factDays(f: DatedFact): DateRange {
  if (f.datePrecision === 'day') return { from: f.date, to: f.date };
  const [y, m] = f.date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${f.date.slice(0, 7)}-01`, to: `${f.date.slice(0, 7)}-${String(lastDay).padStart(2, '0')}` };
}

/**
 * Whether a fact took place in a period: a month-only one when its month overlaps the period (the
 * report's periods run by whole months, so it is never counted in two).
 */
export const factWithin = (f: DatedFact, range: DateRange) => {
  const days = factDays(f);
  return days.from <= range.to && days.to >= range.from;
};
