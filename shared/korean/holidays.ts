import * as published from '@hyunbinseo/holidays-kr/all';
import { addDays } from '../dateRange';

// Day arithmetic lives with the app's date range; these stay importable from here, where the calendar screens look.
export { addDays, datesBetween } from '../dateRange';

/**
 * Korea's public holidays as published in the official gazette (월력요항), substitute holidays and
 * election days included. Years the package has not published yet are known only by their weekends.
 */
const holidays = new Map<string, string[]>();
for (const year of Object.values(published) as Record<string, readonly string[]>[]) {
  for (const [date, names] of Object.entries(year)) holidays.set(date, [...names]);
}
const years = [...holidays.keys()].map((d) => Number(d.slice(0, 4)));
export const holidayYears = { first: Math.min(...years), last: Math.max(...years) };

/** Day of week of a yyyy-MM-dd date, 0 = Sunday, computed in UTC so the PC's time zone cannot shift it. */
const weekday = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

export const holidayNames = (isoDate: string): string[] => holidays.get(isoDate) ?? [];
export const isPublicHoliday = (isoDate: string) => holidays.has(isoDate);
export const isWeekend = (isoDate: string) => [0, 6].includes(weekday(isoDate));
export const isWorkingDay = (isoDate: string) => !isWeekend(isoDate) && !isPublicHoliday(isoDate);
export const isHolidayDataKnown = (isoDate: string) => {
  const year = Number(isoDate.slice(0, 4));
  return year >= holidayYears.first && year <= holidayYears.last;
};

/** The date itself when the hall is open that day, otherwise the next day it is. */
export function nextWorkingDay(isoDate: string): string {
  // The longest run of closed days (추석 or 설날 next to a weekend and a substitute day) is about ten;
  // a month of them means the calendar data is wrong, and an answer is better than a frozen desk.
  for (let d = addDays(isoDate, 0), i = 0; i < 31; d = addDays(d, 1), i++) if (isWorkingDay(d)) return d;
  throw new RangeError(`no working day in the month from ${isoDate}`);
}
