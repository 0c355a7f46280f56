import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { yearOf } from '../../shared/dateRange';
import { calendarYearsOf, type DateRange } from '../../shared/figures';

/**
 * The calendar year of a stored date, month or timestamp ('2024-03-05', '2024-03', '2024-03-05 10:00'),
 * as SQL: its first four characters (both engines keep these as text). Written literally, not as
 * parameters: PostgreSQL must see the grouped expression and the selected one as the same.
 */
export const yearOfColumn = (column: string): RawBuilder<string> => sql<string>`substr(${sql.ref(column)}, 1, 4)`;

/**
 * Every calendar year of a range counted in one statement: one SELECT per year, over that year's part of
 * the range, joined by UNION ALL; null when the range holds no day. Each year's SELECT reads its own
 * stretch of the date index, already in order, where a GROUP BY of the year over the whole range would
 * sort every row first (a ten-year card's loans: 30% less time). `build` selects the year as `year`.
 * The app's whole span is 201 years (shared/dateRange.ts), well under SQLite's 500 SELECTs in one compound.
 */
export function eachYearOf<DB, TB extends keyof DB, O>(range: DateRange, build: (year: DateRange, y: number) => SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> | null {
  const selects = calendarYearsOf(range).map((year) => build(year, yearOf(year.from)));
  if (selects.length === 0) return null;
  return selects.slice(1).reduce((all, next) => all.unionAll(next), selects[0]);
}
