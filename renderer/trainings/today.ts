import { deskToday } from '../../shared/korean/deskClock';

/** The as-of date for a year's line: today while the year runs, none once it is over (the whole year). */
export const asOfFor = (year: number) => {
  const today = deskToday();
  return Number(today.slice(0, 4)) === year ? today : undefined;
};
