import { yearOf, yearsBetween } from '../dateRange';
import { millionsOrDash } from '../korean/reportFormat';
import { BUDGET_SOURCES, budgetSourceLabel, type BudgetAmount } from './records';
import type { BudgetTable } from './section';

/** The calendar years the mayor's term touches: 2022-07 to 2026-06 → 2022…2026. */
export const termYears = (termFrom: string, termTo: string): number[] => yearsBetween(yearOf(termFrom), yearOf(termTo));

/**
 * 사업비 현황 in 백만원: a row per source (국비, 시비, 구비, 기타) under the 계 row that sums them, and
 * columns 합계 (all of it), 임기내 소계 (the term's years), each term year, and 임기후.
 */
export function budgetTable(amounts: BudgetAmount[], years: number[]): BudgetTable {
  const amountOf = (source: string, year: number | null) =>
    amounts.filter((a) => a.source === source && a.year === year).reduce((sum, a) => sum + a.amount, 0);
  const sourceRows = BUDGET_SOURCES.map((source) => {
    const perYear = years.map((y) => amountOf(source, y));
    const afterTerm = amountOf(source, null);
    const inTerm = perYear.reduce((s, n) => s + n, 0);
    return { label: budgetSourceLabel[source], amounts: [inTerm + afterTerm, inTerm, ...perYear, afterTerm] };
  });
  const total = sourceRows[0].amounts.map((_, col) => sourceRows.reduce((s, r) => s + r.amounts[col], 0));
  const rows = [{ label: '계', amounts: total }, ...sourceRows].map((r) => ({ ...r, cells: r.amounts.map(millionsOrDash) }));
  return { headers: ['구분', '합계', '임기내 소계', ...years.map((y) => `${y}년`), '임기후'], rows };
}
