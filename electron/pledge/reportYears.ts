import { yearOf } from '../../shared/dateRange';
import { calendarYearsOf, type DateRange } from '../../shared/figures';

export interface ReportYear {
  year: number;
  /** The calendar year clipped to the period and to the as-of date; each line names it by its kind. */
  range: DateRange;
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/** The last day the section counts: the period's end, or the as-of date if that comes first. */
export const countedUntil = (period: DateRange, asOf: string) => earlier(period.to, asOf);

/** One entry per calendar year of the period that has begun by the as-of date. */
export const reportYears = (period: DateRange, asOf: string): ReportYear[] =>
  calendarYearsOf({ from: period.from, to: countedUntil(period, asOf) }).map((range) => ({ year: yearOf(range.from), range }));
