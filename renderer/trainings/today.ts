import { deskNow } from '../../shared/korean/deskClock';

/** Today on this PC's calendar, as the yyyy-MM-dd the records use. */
export const todayIso = () => deskNow().date;

/** The as-of date for a year's line: today while the year runs, none once it is over (the whole year). */
export const asOfFor = (year: number) => {
  const today = todayIso();
  return Number(today.slice(0, 4)) === year ? today : undefined;
};
