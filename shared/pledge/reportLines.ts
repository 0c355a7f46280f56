import type { DateRange, GuideFigures, HealingProgramFigure, InterpretationFigures, LoanFigures, TrainingFigures } from '../figures';
import { countText, monthDay, monthDayRange, yearLabel } from '../korean/reportFormat';

/**
 * The wording of every counted line of the card, one function per line (../../BRIEF.md §3). The
 * section, the areas' own screens, the figures beside each line and every export call these, so a
 * line never reads one way on screen and another on paper.
 *
 * Each year is the calendar year clipped to the period and to the as-of date. A year cut short:
 * - running counts (통역, 휠체어 대여, 안내 도우미, 친절 으뜸이) name the last month counted,
 *   `2025년 6월 현재 31건`: the count would still grow;
 * - lists of events that took place (힐링프로그램, 직원친절교육) keep the plain year,
 *   `2025년 : 1회, 22명 참여(…)`: the events listed are all there were, whenever the year ends.
 */

/** One year of a line: its clipped range and what the area counted over it. */
export interface CountedYear<F> {
  range: DateRange;
  figures: F;
}

const yearOf = (range: DateRange) => Number(range.from.slice(0, 4));
const reachesDecember = (range: DateRange) => range.to === `${yearOf(range)}-12-31`;

/** The label of a running count: `2024년`, or `2025년 6월 현재` for a year cut short. */
export const runningYearLabel = (range: DateRange) => yearLabel(yearOf(range), reachesDecember(range) ? null : Number(range.to.slice(5, 7)));

/** The label of a list of events: always the plain year. */
export const eventsYearLabel = (range: DateRange) => yearLabel(yearOf(range), null);

/**
 * 친절 으뜸이 is a running count whose last month is the last month picked: the board may not have got
 * to the later months yet. A year reads whole only when it runs to December and December is picked
 * (or confirmed with none).
 */
export const kindnessYearComplete = (range: DateRange, lastPickedMonth: string | null) => reachesDecember(range) && lastPickedMonth === `${yearOf(range)}-12`;

export const kindnessYearLabel = (range: DateRange, lastPickedMonth: string | null) =>
  yearLabel(yearOf(range), kindnessYearComplete(range, lastPickedMonth) ? null : Number((lastPickedMonth ?? range.to).slice(5, 7)));

/** 기타 last, otherwise most cases first; languages with no case are left out. */
export const languagesInOrder = (langs: InterpretationFigures['foreign']['byLanguage']) =>
  langs
    .map((l, i) => ({ ...l, i }))
    .filter((l) => l.count > 0)
    .sort((a, b) => Number(a.label === '기타') - Number(b.label === '기타') || b.count - a.count || a.i - b.i)
    .map(({ i: _i, ...l }) => l);

/** `이름 : part / part`, the parts of the years that had something; null when none had. */
const yearsLine = <F>(name: string, years: CountedYear<F>[], part: (y: CountedYear<F>) => string | null) => {
  const parts = years.map(part).filter((p): p is string => p !== null);
  return parts.length ? `${name} : ${parts.join(' / ')}` : null;
};

/**
 * `외국어 통역 : 2024년 64건(영어 21, 중국어 18, 베트남어 15, 기타 10) / 2025년 6월 현재 31건`. The
 * language breakdown is written for whole years only: a year in progress shows its total.
 */
export const foreignInterpretationLine = (years: CountedYear<InterpretationFigures['foreign']>[]) =>
  yearsLine('외국어 통역', years, ({ range, figures }) => {
    if (figures.total === 0) return null;
    const langs = languagesInOrder(figures.byLanguage);
    const breakdown = reachesDecember(range) && langs.length ? `(${langs.map((l) => `${l.label} ${countText(l.count, '')}`).join(', ')})` : '';
    return `${runningYearLabel(range)} ${countText(figures.total, '건')}${breakdown}`;
  });

/** `수어 통역 : 2024년 9건 / 2025년 6월 현재 4건` */
export const signInterpretationLine = (years: CountedYear<InterpretationFigures['sign']>[]) =>
  yearsLine('수어 통역', years, ({ range, figures }) => (figures.total ? `${runningYearLabel(range)} ${countText(figures.total, '건')}` : null));

/** `휠체어 대여 : 2024년 112건 / 2025년 6월 현재 58건` */
export const wheelchairLine = (years: CountedYear<LoanFigures>[]) =>
  yearsLine('휠체어 대여', years, ({ range, figures }) => (figures.loans ? `${runningYearLabel(range)} ${countText(figures.loans, '건')}` : null));

/** `안내 도우미 : 2024년 247일 운영, 연인원 494명` */
export const guidesLine = (years: CountedYear<GuideFigures>[]) =>
  yearsLine('안내 도우미', years, ({ range, figures }) =>
    figures.days ? `${runningYearLabel(range)} ${countText(figures.days, '일')} 운영, 연인원 ${countText(figures.personDays, '명')}` : null,
  );

/** 친절 으뜸이 of the given years: `2024년 : 14명 / 2025년 6월 현재 : 7명`. */
export const kindnessLine = (years: { label: string; picks: number }[]) => years.map((y) => `${y.label} : ${countText(y.picks, '명')}`).join(' / ');

/** The programs in the order the line lists them: by date, then as entered. */
export const programsInOrder = (programs: HealingProgramFigure[]) => [...programs].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);

/** How many programs an entry counts: one, or as many as its earlier total (이전 집계) says. */
export const programCount = (p: HealingProgramFigure) => p.earlierTotal?.programs ?? 1;

/**
 * An entry as the line lists it: `5.17. 태종대, 20명`; a month's earlier total `5월 2회, 37명` (the report
 * gave a number, not the programs); a year's earlier total null, since it is the whole year and the
 * line's own total says it all.
 */
export function programItem(p: HealingProgramFigure): string | null {
  if (!p.earlierTotal) return `${monthDay(p.date)} ${p.place}, ${countText(p.participants, '명')}`;
  if (p.earlierTotal.period.length === 4) return null;
  return `${Number(p.earlierTotal.period.slice(5, 7))}월 ${countText(p.earlierTotal.programs, '회')}, ${countText(p.participants, '명')}`;
}

/**
 * `2024년 : 2회, 37명 참여(5.17. 태종대, 20명/10.30. 구청, 17명)`: the year's total is the sum of its
 * programs, earlier totals counted as the programs they stand for. `label` is eventsYearLabel()'s. A
 * year with none reads `2026년 : -회` (the area's own screen).
 */
export function healingLineText(label: string, programs: HealingProgramFigure[]): string {
  if (programs.length === 0) return `${label} : -회`;
  const listed = programsInOrder(programs);
  const count = listed.reduce((sum, p) => sum + programCount(p), 0);
  const people = listed.reduce((sum, p) => sum + p.participants, 0);
  const items = listed.map(programItem).filter((i): i is string => i !== null);
  return `${label} : ${countText(count, '회')}, ${countText(people, '명')} 참여${items.length ? `(${items.join('/')})` : ''}`;
}

/**
 * `2024년 31개부서 188명(3.18.~3.20.)`: departments counted once, from the first session to the last.
 * `label` is eventsYearLabel()'s. A year with none reads `2025년 실시 기록 없음` (the area's own screen).
 */
export function trainingLineText(label: string, f: TrainingFigures): string {
  if (f.trainings === 0 || !f.firstDate || !f.lastDate) return `${label} 실시 기록 없음`;
  return `${label} ${countText(f.departments, '개부서')} ${countText(f.people, '명')}(${monthDayRange(f.firstDate, f.lastDate)})`;
}
