import { totalInRange, type EarlierTotal, type EarlierTotalArea } from '../../shared/contract/imports';
import { yearOf } from '../../shared/dateRange';
import { calendarYearsOf, type ByYear, type DateRange, type TrainingFigures } from '../../shared/figures';
import { languageLabel } from '../../shared/interpretationLanguages';
import type { CommunicationCategory } from '../../shared/pledge/records';
import type { Db } from '../db/schema';
import type { PerformanceSources } from '../pledge/performanceSources';
import { earlierTotalRepository, periodRange } from './earlierTotals';

/**
 * The card asks every area for every year, all inside one read transaction: the totals (a few dozen
 * rows at most) are read once per transaction and clipped here, not once per area and year (60 reads
 * for a ten-year card). Outside a transaction (a screen's year line) they are read each time.
 */
const readInTransaction = new WeakMap<Db, Promise<EarlierTotal[]>>();
function allTotals(db: Db): Promise<EarlierTotal[]> {
  if (!db.isTransaction) return earlierTotalRepository(db).list(null);
  let read = readInTransaction.get(db);
  if (!read) {
    read = earlierTotalRepository(db).list(null);
    readInTransaction.set(db, read);
  }
  return read;
}

/** The earlier totals of one line in a range. */
async function totalsIn(db: Db, area: EarlierTotalArea, range: DateRange): Promise<EarlierTotal[]> {
  return (await allTotals(db)).filter((t) => t.area === area && totalInRange(t, range));
}

const sum = (totals: EarlierTotal[], pick: (t: EarlierTotal) => number | null) => totals.reduce((n, t) => n + (pick(t) ?? 0), 0);

/**
 * An area's figures per year with `add` applied to each year: the year's figures and its clipped range
 * in, the figures with that year's earlier totals counted out.
 */
function eachYearAdding<T>(read: (db: Db, range: DateRange) => Promise<ByYear<T>>, add: (db: Db, figures: T, year: DateRange) => Promise<T>) {
  return async (db: Db, range: DateRange): Promise<ByYear<T>> => {
    const figures = await read(db, range);
    for (const year of calendarYearsOf(range)) figures.set(yearOf(year.from), await add(db, figures.get(yearOf(year.from))!, year));
    return figures;
  };
}

/**
 * The areas' figures with the earlier totals of the same range added, year by year: the card counts a
 * month a paper report gave only a number for exactly as it counts a month of records (the app refuses
 * a month that has both, so nothing is counted twice). Asked in turn, like the areas: one read
 * transaction, one connection.
 */
export function withEarlierTotals(sources: PerformanceSources): PerformanceSources {
  return {
    loanFiguresByYear: eachYearAdding(sources.loanFiguresByYear, async (db, f, range) => {
      const totals = await totalsIn(db, 'loans', range);
      return { loans: f.loans + sum(totals, (t) => t.count), borrowers: f.borrowers + sum(totals, (t) => t.people) };
    }),
    interpretationFiguresByYear: eachYearAdding(sources.interpretationFiguresByYear, async (db, f, range) => {
      const foreign = await totalsIn(db, 'interpretationForeign', range);
      const sign = await totalsIn(db, 'interpretationSign', range);
      const byLanguage = f.foreign.byLanguage.map((l) => ({ ...l }));
      for (const t of foreign.filter((x) => x.item !== '')) {
        const known = byLanguage.find((l) => l.language === t.item);
        if (known) known.count += t.count;
        else byLanguage.push({ language: t.item, label: languageLabel(t.item), count: t.count });
      }
      return {
        foreign: { total: f.foreign.total + sum(foreign, (t) => t.count), byLanguage },
        sign: { total: f.sign.total + sum(sign, (t) => t.count) },
      };
    }),
    guideFiguresByYear: eachYearAdding(sources.guideFiguresByYear, async (db, f, range) => {
      const totals = await totalsIn(db, 'guides', range);
      return { days: f.days + sum(totals, (t) => t.count), personDays: f.personDays + sum(totals, (t) => t.people) };
    }),
    trainingFiguresByYear: eachYearAdding(sources.trainingFiguresByYear, async (db, found, range) => {
      const figures: TrainingFigures[] = found.map((t) => ({ ...t }));
      for (const t of await totalsIn(db, 'trainings', range)) {
        // The report's period stands for the dates the line shows (`3.1.~3.31.`), clipped to the range.
        const { from, to } = periodRange(t.period);
        const first = from < range.from ? range.from : from;
        const last = to > range.to ? range.to : to;
        let f = figures.find((x) => x.kind === t.item);
        if (!f) {
          f = { kind: t.item, trainings: 0, departments: 0, people: 0, firstDate: null, lastDate: null };
          figures.push(f);
        }
        f.trainings += t.count;
        f.departments += t.departments ?? 0;
        f.people += t.people ?? 0;
        f.firstDate = f.firstDate === null || first < f.firstDate ? first : f.firstDate;
        f.lastDate = f.lastDate === null || last > f.lastDate ? last : f.lastDate;
      }
      return figures;
    }),
    healingProgramFiguresByYear: eachYearAdding(sources.healingProgramFiguresByYear, async (db, programs, range) => {
      // A total is listed among the programs on the first day of its period, as the programs it stands
      // for; a report's "none" (0회) adds nothing, as a year without programs shows none.
      const totals = (await totalsIn(db, 'healing', range)).filter((t) => t.count > 0).map((t) => ({
        id: t.id,
        date: periodRange(t.period).from,
        place: '',
        participants: t.people ?? 0,
        earlierTotal: { period: t.period, programs: t.count },
      }));
      return [...programs, ...totals];
    }),
    kindnessFiguresByYear: eachYearAdding(sources.kindnessFiguresByYear, async (db, f, range) => {
      const totals = await totalsIn(db, 'kindness', range);
      // A month's total is a month the picking got to; a year's, the whole year.
      const months = totals.map((t) => (t.period.length === 4 ? `${t.period}-12` : t.period));
      const last = [f.lastPickedMonth, ...months].filter((m): m is string => m !== null).sort().at(-1) ?? null;
      return { picks: f.picks + sum(totals, (t) => t.count), lastPickedMonth: last };
    }),
  };
}

/**
 * A card's 구민소통 totals as the table counts activities over `range`: one counted activity per 회 of a
 * total whose period the range touches (totalInRange, as every other line counts its totals), dated on
 * the first day of its period that lies in the range, in its column.
 */
export async function communicationTotalsOf(db: Db, cardId: number, range: DateRange): Promise<{ date: string; category: CommunicationCategory }[]> {
  const totals = (await totalsIn(db, 'communication', range)).filter((t) => t.cardId === cardId);
  return totals.flatMap((t) => {
    const first = periodRange(t.period).from;
    const date = first < range.from ? range.from : first;
    return Array.from({ length: t.count }, () => ({ date, category: t.item as CommunicationCategory }));
  });
}
