import { yearOf, yearsBetween } from './dateRange';

/**
 * What each area hands the pledge report, for a date range (yyyy-MM-dd, both ends included).
 * The report generator asks each area once for its whole counted period, and the area answers for
 * every calendar year of it (ByYear), each year clipped to the period and to the as-of date; each
 * area counts from its own records, with the same rules as its own lists.
 */
export interface DateRange {
  from: string;
  to: string;
}

/** A range cut into calendar years, each clipped to the range: how the card and a line's records view read it. */
export const calendarYearsOf = (range: DateRange): DateRange[] =>
  yearsBetween(yearOf(range.from), yearOf(range.to))
    .map((y) => ({ from: range.from > `${y}-01-01` ? range.from : `${y}-01-01`, to: range.to < `${y}-12-31` ? range.to : `${y}-12-31` }))
    .filter((r) => r.from <= r.to);

/** An area's figures for every calendar year of a range (calendarYearsOf), keyed by the year. */
export type ByYear<T> = Map<number, T>;

/** Rows that came back in one query over several years, listed per year (in the rows' own order). */
export function listedByYear<R, T>(rows: R[], yearOfRow: (row: R) => number, item: (row: R) => T): Map<number, T[]> {
  const years = new Map<number, T[]>();
  for (const row of rows) {
    const year = yearOfRow(row);
    const list = years.get(year);
    if (list) list.push(item(row));
    else years.set(year, [item(row)]);
  }
  return years;
}

/**
 * Figures found per year (from one grouped query) made whole: every calendar year of the range has
 * its entry, a year without records the area's `empty` figures for that year's clipped range.
 */
export function everyYearOf<T>(range: DateRange, found: Map<number, T>, empty: (year: DateRange) => T): ByYear<T> {
  return new Map(calendarYearsOf(range).map((year) => [yearOf(year.from), found.get(yearOf(year.from)) ?? empty(year)]));
}

/** 외국어 통역 and 수어 통역: cases (건). */
export interface InterpretationFigures {
  foreign: { total: number; byLanguage: { language: string; label: string; count: number }[] };
  sign: { total: number };
}

/** 휠체어 대여: loans started in the range, and the distinct people who borrowed. */
export interface LoanFigures {
  loans: number;
  borrowers: number;
}

/** 안내 도우미: days the desk was staffed (a shift done or replaced), and 연인원 (helper-days). */
export interface GuideFigures {
  days: number;
  personDays: number;
}

/**
 * One healing program as the report line lists it: `5.17. 태종대, 20명`. An earlier total (이전 집계) of
 * a month or a year is listed among them, dated the first day of its period: it stands for `programs`
 * programs with `participants` people in all.
 */
export interface HealingProgramFigure {
  id: number;
  date: string;
  place: string;
  participants: number;
  earlierTotal?: { period: string; programs: number };
}

/** 친절 으뜸이: people picked in confirmed months, and the last month picked (yyyy-MM) or null. */
export interface KindnessFigures {
  picks: number;
  lastPickedMonth: string | null;
}

/** One kind of training in the range: `31개부서 188명(3.18.~3.20.)`; null dates when none ran. */
export interface TrainingFigures {
  kind: string;
  trainings: number;
  departments: number;
  people: number;
  firstDate: string | null;
  lastDate: string | null;
}
