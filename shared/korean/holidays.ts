import * as published from '@hyunbinseo/holidays-kr/all';

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

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date itself when the hall is open that day, otherwise the next day it is. */
export function nextWorkingDay(isoDate: string): string {
  let d = isoDate;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
