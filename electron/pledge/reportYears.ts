import { yearOf, yearsBetween } from '../../shared/dateRange';
import type { DateRange } from '../../shared/figures';
import { yearLabel } from '../../shared/korean/reportFormat';

export interface ReportYear {
  year: number;
  /** The calendar year clipped to the period and to the as-of date. */
  range: DateRange;
  /** The month the figures run to when the clipped year ends before Dec 31; null for a whole year. */
  currentMonth: number | null;
  /** `2024년` or `2025년 6월 현재` */
  label: string;
}

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

/** The last day the section counts: the period's end, or the as-of date if that comes first. */
export const countedUntil = (period: DateRange, asOf: string) => earlier(period.to, asOf);

/** One entry per calendar year of the period that has begun by the as-of date. */
export function reportYears(period: DateRange, asOf: string): ReportYear[] {
  const end = countedUntil(period, asOf);
  const years: ReportYear[] = [];
  for (const year of yearsBetween(yearOf(period.from), yearOf(end))) {
    const range = { from: later(period.from, `${year}-01-01`), to: earlier(end, `${year}-12-31`) };
    if (range.from > range.to) continue;
    const currentMonth = range.to.endsWith('-12-31') ? null : Number(range.to.slice(5, 7));
    years.push({ year, range, currentMonth, label: yearLabel(year, currentMonth) });
  }
  return years;
}
