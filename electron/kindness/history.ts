import type { KindnessHistory, KindnessHistoryMonth, KindnessYearLine } from '../../shared/contract/kindness';
import { monthsBetween, yearOf } from '../../shared/dateRange';
import { calendarYearsOf } from '../../shared/figures';
import { kindnessLine, kindnessYearComplete, kindnessYearLabel } from '../../shared/pledge/reportLines';
import type { Db } from '../db/schema';
import { kindnessFiguresByYear } from './kindnessFigures';
import { currentMonth, minIso } from './kindnessMonths';
import { kindnessRepos } from './kindnessRepos';
import { toPickRecord, type PickRow } from './pickRepository';

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/**
 * A year month by month (to this month, or to the last month with records), by department and by person.
 * Call it inside a read transaction: the months, the summaries and the yearly counts must agree.
 */
export async function kindnessHistory(db: Db, year: number): Promise<KindnessHistory> {
  const repos = kindnessRepos(db);
  const first = `${year}-01`;
  const last = `${year}-12`;
  const picks = await repos.picks.between(first, last);
  const confirmed = await repos.picks.confirmedBetween(first, last);
  const nominations = await repos.nominations.countsBetween(first, last);
  const latestWithRecords = [...picks.map((p) => p.month), ...confirmed, ...nominations.keys()].sort().at(-1) ?? '';
  const until = [minIso(currentMonth(), last), latestWithRecords].sort().at(-1)!;

  const months = monthsBetween(first, until).map((m): KindnessHistoryMonth => {
    const ofMonth = picks.filter((p) => p.month === m).map(toPickRecord);
    const status = !confirmed.has(m) ? 'open' : ofMonth.length > 0 ? 'picked' : 'none';
    return { month: m, status, picks: ofMonth, nominations: nominations.get(m) ?? 0 };
  });

  // Summaries count confirmed picks only, each under the department the person had when picked.
  const done = picks.filter((p) => p.confirmed === 1);
  const byDepartment = [...countBy(done, (p) => p.department_name)]
    .map(([departmentName, n]) => ({ departmentName, picks: n }))
    .sort((a, b) => b.picks - a.picks || a.departmentName.localeCompare(b.departmentName, 'ko'));
  const people = new Map<number, PickRow[]>();
  for (const p of done) people.set(p.staff_id, [...(people.get(p.staff_id) ?? []), p]);
  const byPerson = [...people.values()]
    .map((ps) => ({ staffId: ps[0].staff_id, name: ps[0].name, departmentName: ps.at(-1)!.department_name, picks: ps.length, months: ps.map((p) => p.month) }))
    .sort((a, b) => b.picks - a.picks || a.name.localeCompare(b.name, 'ko'));

  const thisYear = Number(currentMonth().slice(0, 4));
  const shown = [...new Set([...(await repos.picks.yearsWithRecords()), thisYear, year])].sort((a, b) => b - a);
  const counted = await kindnessFiguresByYear(db, { from: `${shown.at(-1)}-01-01`, to: `${shown[0]}-12-31` });
  const years: KindnessHistory['years'] = shown.map((y) => ({ year: y, picks: counted.get(y)!.picks }));

  return { year, months, byDepartment, byPerson, years };
}

/**
 * The report's line, e.g. `2024년 : 14명 / 2025년 6월 현재 : 7명`, worded as the card words it
 * (shared/pledge/reportLines.ts). Each year of the period is clipped to the period and to the as-of
 * date; every year is written, a year with no pick as `0명`, so the screen shows where picking stands.
 */
export async function kindnessYearLine(db: Db, range: { from: string; to: string; asOf: string }): Promise<KindnessYearLine> {
  const end = minIso(range.to, range.asOf);
  const counted = { from: range.from, to: end };
  const figures = await kindnessFiguresByYear(db, counted);
  const years: KindnessYearLine['years'] = calendarYearsOf(counted).map((clipped) => {
    const { picks, lastPickedMonth } = figures.get(yearOf(clipped.from))!;
    return { year: yearOf(clipped.from), label: kindnessYearLabel(clipped, lastPickedMonth), picks, lastPickedMonth, complete: kindnessYearComplete(clipped, lastPickedMonth) };
  });
  return { line: kindnessLine(years), years };
}
