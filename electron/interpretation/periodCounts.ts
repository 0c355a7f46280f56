import type { CountLine, InterpretationCounts, PeriodCount } from '../../shared/contract/interpretation';
import { kindOf, languageLabel, languageOrder, type LanguageCode } from '../../shared/interpretationLanguages';
import { monthsBetween } from '../../shared/dateRange';
import { sql } from 'kysely';
import type { Db } from '../db/schema';
import { served } from './countingRule';

interface Group {
  month: string;
  language: LanguageCode;
  method_id: number;
  method_name: string;
  cases: number;
  people: number;
}

const emptyPeriod = (period: string): PeriodCount => ({
  period,
  cases: 0,
  people: 0,
  foreign: { cases: 0, people: 0 },
  sign: { cases: 0, people: 0 },
  byLanguage: [],
  byMethod: [],
});

const addTo = (lines: CountLine[], key: string, label: string, cases: number, people: number) => {
  const line = lines.find((l) => l.key === key);
  if (line) {
    line.cases += cases;
    line.people += people;
  } else lines.push({ key, label, cases, people });
};

const add = (p: PeriodCount, g: Group) => {
  p.cases += g.cases;
  p.people += g.people;
  const kind = p[kindOf(g.language)];
  kind.cases += g.cases;
  kind.people += g.people;
  addTo(p.byLanguage, g.language, languageLabel(g.language), g.cases, g.people);
  addTo(p.byMethod, String(g.method_id), g.method_name, g.cases, g.people);
};

/** Every yyyy-MM from the month of `from` to the month of `to`. */
const months = (from: string, to: string) => monthsBetween(from.slice(0, 7), to.slice(0, 7));

/**
 * Served requests (countingRule.ts) per month and per year of a period, with 건 and 명 by kind, language
 * and way of service. Every month and year of the period is listed, a quiet one with zeros, so a table
 * of them has no gaps.
 */
export function periodCounts(db: Db) {
  // The month is cut from the date with literal bounds: PostgreSQL must see the grouped expression
  // and the selected one as the same. The way is grouped by its own key, so its name comes with it.
  const month = sql<string>`substr(r.requested_on, 1, 7)`;
  const groups = (from: string, to: string): Promise<Group[]> =>
    db
      .selectFrom('interpretation_request as r')
      .innerJoin('interpretation_method as m', 'm.id', 'r.method_id')
      .select((eb) => [month.as('month'), 'r.language', 'm.id as method_id', 'm.name as method_name', eb.fn.countAll<number>().as('cases'), eb.fn.sum<number>('r.people').as('people')])
      .where('r.requested_on', '>=', from)
      .where('r.requested_on', '<=', to)
      .where(served)
      .groupBy([month, 'r.language', 'm.id', 'm.name'])
      .execute();

  return async (from: string, to: string): Promise<InterpretationCounts> => {
    const monthly = new Map(months(from, to).map((m) => [m, emptyPeriod(m)]));
    const yearly = new Map([...monthly.keys()].map((m) => [m.slice(0, 4), emptyPeriod(m.slice(0, 4))]));
    for (const g of await groups(from, to)) {
      const counted = { ...g, cases: Number(g.cases), people: Number(g.people) };
      add(monthly.get(g.month)!, counted);
      add(yearly.get(g.month.slice(0, 4))!, counted);
    }
    const sorted = (p: PeriodCount): PeriodCount => ({
      ...p,
      byLanguage: p.byLanguage.sort((a, b) => b.cases - a.cases || languageOrder(a.key) - languageOrder(b.key)),
      byMethod: p.byMethod.sort((a, b) => b.cases - a.cases || Number(a.key) - Number(b.key)),
    });
    return { monthly: [...monthly.values()].map(sorted), yearly: [...yearly.values()].map(sorted) };
  };
}
