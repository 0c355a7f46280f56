import { yearOf, yearsBetween } from '../../shared/dateRange';
import type { DateRange } from '../../shared/figures';

export interface ReportYear {
  year: number;
  /** The calendar year clipped to the period and to the as-of date; each line names it by its kind. */
  range: DateRange;
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
    if (range.from <= range.to) years.push({ year, range });
  }
  return years;
}
