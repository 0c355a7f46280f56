/**
 * How the pledge card writes dates and counts (../BRIEF.md §3). Screens and the report both use
 * these, so a date never reads one way on screen and another on paper. Input dates are yyyy-MM-dd.
 */
const parts = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return { y, m, d };
};

/** `7.5.` */
export const monthDay = (isoDate: string) => {
  const { m, d } = parts(isoDate);
  return `${m}.${d}.`;
};

/** `4.21.~4.25.`; a single day is just `4.21.` */
export const monthDayRange = (from: string, to: string) => (from === to ? monthDay(from) : `${monthDay(from)}~${monthDay(to)}`);

/** `2024.11.28.` */
export const fullDate = (isoDate: string) => `${isoDate.slice(0, 4)}.${isoDate.slice(5, 7)}.${isoDate.slice(8, 10)}.`;

/** `(2024.01.01.~2025.06.30.)` */
export const period = (from: string, to: string) => `(${fullDate(from)}~${fullDate(to)})`;

/** `2024. 9월`, `2024.12월`: the month takes two places, as the card writes it. */
export const yearMonth = (isoDate: string) => {
  const { y, m } = parts(isoDate);
  return `${y}.${String(m).padStart(2, ' ')}월`;
};

/**
 * `2024년` for a year complete as of the report; `2025년 6월 현재` for one that is not, naming the
 * month the figures run to.
 */
export const yearLabel = (year: number, currentMonth: number | null) => (currentMonth === null ? `${year}년` : `${year}년 ${currentMonth}월 현재`);

/**
 * `1,234`: one formatter made once. toLocaleString('ko-KR') builds a new one on every call (about 11 µs
 * each, a few milliseconds for a ten-year card's lines, tables and figures).
 */
const thousandsFormat = new Intl.NumberFormat('ko-KR');
export const thousands = (n: number) => thousandsFormat.format(n);

/**
 * A figure inside a report line: `1,234명`, with the thousands comma on screen and on paper alike.
 * (Lines never show a zero: a year or a line with nothing to count is left out.)
 */
export const countText = (n: number, unit: string) => `${thousands(n)}${unit}`;

/** Table cells: `3회`, and `-회` for none. */
export const countOrDash = (n: number, unit: string) => (n === 0 ? `-${unit}` : countText(n, unit));

/** Money in 백만원: `-` for none. */
export const millionsOrDash = (n: number) => (n === 0 ? '-' : thousands(n));
