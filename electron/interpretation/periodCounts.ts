import type { CountLine, InterpretationCounts, PeriodCount } from '../../shared/contract/interpretation';
import { kindOf, languageLabel, languageOrder, type LanguageCode } from '../../shared/interpretationLanguages';
import { monthsBetween } from '../../shared/dateRange';
import type { Db } from '../db/connection';
import { SERVED_SQL } from './countingRule';

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
  const stmt = db.prepare(`
    SELECT substr(r.requested_on, 1, 7) AS month, r.language, r.method_id, m.name AS method_name,
           count(*) AS cases, sum(r.people) AS people
    FROM interpretation_request r JOIN interpretation_method m ON m.id = r.method_id
    WHERE r.requested_on BETWEEN ? AND ? AND ${SERVED_SQL}
    GROUP BY month, r.language, r.method_id`);

  return (from: string, to: string): InterpretationCounts => {
    const monthly = new Map(months(from, to).map((m) => [m, emptyPeriod(m)]));
    const yearly = new Map([...monthly.keys()].map((m) => [m.slice(0, 4), emptyPeriod(m.slice(0, 4))]));
    for (const g of stmt.all(from, to) as Group[]) {
      add(monthly.get(g.month)!, g);
      add(yearly.get(g.month.slice(0, 4))!, g);
    }
    const sorted = (p: PeriodCount): PeriodCount => ({
      ...p,
      byLanguage: p.byLanguage.sort((a, b) => b.cases - a.cases || languageOrder(a.key) - languageOrder(b.key)),
      byMethod: p.byMethod.sort((a, b) => b.cases - a.cases || Number(a.key) - Number(b.key)),
    });
    return { monthly: [...monthly.values()].map(sorted), yearly: [...yearly.values()].map(sorted) };
  };
}
