/**
 * The one span of dates the app knows: every date, month and year a form or a channel takes lies in it
 * (shared/contract/fields.ts builds every such field from these constants), and every loop over days,
 * months or years goes through the helpers below, which refuse to run past it.
 *
 * Why a bound at all: dates are yyyy-MM-dd strings that sort as text only while the year has four
 * digits. A day after 9999-12-31 is '+010000-01-01', which sorts before '9999', so a loop "until the
 * end date" never ended and the app froze. 1900–2100 holds every record a district office keeps
 * (and every release of the holiday calendar) with room on both sides.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
export const FIRST_DATE = `${FIRST_YEAR}-01-01`;
export const LAST_DATE = `${LAST_YEAR}-12-31`;

/**
 * Narrower bounds the released database enforces on some columns (the migrations are never edited):
 * pledge_budget.year is `BETWEEN 2000 AND 2100` (009_pledge.sql), so the budget's years, and the mayor's
 * term they are taken from, start in 2000.
 */
export const BUDGET_FIRST_YEAR = 2000;

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A real yyyy-MM-dd day (2024-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const time = Date.parse(`${s}T00:00:00Z`);
  // Date.parse rolls 02-30 over to 03-01 rather than refuse it: only a round trip tells.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
}

export const isInDateRange = (isoDate: string) => isoDate >= FIRST_DATE && isoDate <= LAST_DATE;
export const isInYearRange = (year: number, first = FIRST_YEAR) => year >= first && year <= LAST_YEAR;

/** Days since 1970-01-01 of a yyyy-MM-dd date; anything else is a bug in the caller, not a date. */
function dayNumber(isoDate: string): number {
  if (!isCalendarDate(isoDate)) throw new RangeError(`not a yyyy-MM-dd date: ${JSON.stringify(isoDate).slice(0, 40)}`);
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

const fromDayNumber = (n: number) => {
  const iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
  // Outside years 0000–9999 toISOString writes '+010000-…' or '-000001-…': not a date the app can sort.
  if (!ISO_DATE.test(iso)) throw new RangeError(`date out of the yyyy-MM-dd years: ${iso}`);
  return iso;
};

/** The date `days` later (earlier when negative); throws rather than leave the four-digit years. */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export const daysFromTo = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** How many days the app's span holds: no list of days is ever longer. */
export const DAYS_IN_RANGE = daysFromTo(FIRST_DATE, LAST_DATE) + 1;
export const MONTHS_IN_RANGE = (LAST_YEAR - FIRST_YEAR + 1) * 12;
export const YEARS_IN_RANGE = LAST_YEAR - FIRST_YEAR + 1;

/** Every date from `from` to `to`, both included; a span longer than `maxDays` is a bug and throws. */
export function datesBetween(from: string, to: string, maxDays = DAYS_IN_RANGE): string[] {
  const first = dayNumber(from);
  const count = dayNumber(to) - first + 1;
  if (count > maxDays) throw new RangeError(`${count} days from ${from} to ${to}: more than ${maxDays}`);
  return Array.from({ length: Math.max(count, 0) }, (_, i) => fromDayNumber(first + i));
}

const monthNumber = (yearMonth: string) => {
  if (!YEAR_MONTH.test(yearMonth)) throw new RangeError(`not a yyyy-MM month: ${JSON.stringify(yearMonth).slice(0, 40)}`);
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
};
const fromMonthNumber = (n: number) => `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;

/**
 * The month `months` later (earlier when negative), across year ends: the desk's month switchers and
 * the kindness board's look-back alike. Throws rather than leave the four-digit years.
 */
export function addMonths(month: string, months: number): string {
  const n = monthNumber(month) + months;
  if (!Number.isInteger(n) || n < 0 || n >= 10_000 * 12) throw new RangeError(`month out of the yyyy-MM years: ${month} + ${months}`);
  return fromMonthNumber(n);
}

/** Every yyyy-MM from one month to another, both included; a span longer than `maxMonths` throws. */
export function monthsBetween(from: string, to: string, maxMonths = MONTHS_IN_RANGE): string[] {
  const first = monthNumber(from);
  const count = monthNumber(to) - first + 1;
  if (count > maxMonths) throw new RangeError(`${count} months from ${from} to ${to}: more than ${maxMonths}`);
  return Array.from({ length: Math.max(count, 0) }, (_, i) => fromMonthNumber(first + i));
}

/** Every year from one to another, both included; a span longer than `maxYears` throws. */
export function yearsBetween(from: number, to: number, maxYears = YEARS_IN_RANGE): number[] {
  if (!Number.isInteger(from) || !Number.isInteger(to)) throw new RangeError(`not years: ${from}, ${to}`);
  const count = to - from + 1;
  if (count > maxYears) throw new RangeError(`${count} years from ${from} to ${to}: more than ${maxYears}`);
  return Array.from({ length: Math.max(count, 0) }, (_, i) => from + i);
}

/** The year of a yyyy-MM-dd date or a yyyy-MM month. */
export const yearOf = (isoDateOrMonth: string) => Number(isoDateOrMonth.slice(0, 4));
