import type { Figure } from './figure';

interface Options {
  title: string;
  unit: string;
  /** The year drawn against the one before it. */
  year: number;
  /** The last month counted so far (yyyy-MM): later months of `year` are still to come, not zero. */
  through: string;
}

/**
 * Twelve months of a year against the same months of the year before, from a monthly series
 * ('yyyy-MM' → count) that the area's own figures channel returned.
 */
export function yearOverYear(monthly: Map<string, number>, { title, unit, year, through }: Options): Figure {
  const last = year - 1;
  const key = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  return {
    title,
    categoryHeading: '월',
    unit,
    series: [
      { key: `y${last}`, label: `${last}년`, color: 'gray.6', dashed: true },
      { key: `y${year}`, label: `${year}년`, color: 'blue.8' },
    ],
    rows: Array.from({ length: 12 }, (_, i) => ({
      category: `${i + 1}월`,
      values: {
        [`y${last}`]: monthly.get(key(last, i + 1)) ?? 0,
        [`y${year}`]: key(year, i + 1) > through ? null : (monthly.get(key(year, i + 1)) ?? 0),
      },
    })),
  };
}
