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
  return { headers: ['구분', '합계', '임기내 소계', ...years.map((y) => `${y}년`), '임기후'], years, rows };
}

/** A header cell of the card's tables, spanning rows or columns as the card draws it. */
export interface HeaderCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/**
 * 사업비 현황's two-level header as the card draws it: 구분 | 합계 | 임기내 (소계, then each year) | 임기후,
 * 구분, 합계 and 임기후 spanning both rows.
 */
export const budgetHeaderRows = (years: number[]): HeaderCell[][] => [
  [
    { text: '구분', rowSpan: 2, colSpan: 1 },
    { text: '합계', rowSpan: 2, colSpan: 1 },
    { text: '임기내', rowSpan: 1, colSpan: years.length + 1 },
    { text: '임기후', rowSpan: 2, colSpan: 1 },
  ],
  [{ text: '소계', rowSpan: 1, colSpan: 1 }, ...years.map((y) => ({ text: `${y}년`, rowSpan: 1, colSpan: 1 }))],
];

/**
 * The 개요's 사업비 line from the same amounts as the table: `총 70백만원(시비 20, 구비 50)`. Null when
 * nothing is budgeted, so the card can say in its own words why (자체사업, 예산 없음 …).
 */
export function budgetSummary(table: BudgetTable): string | null {
  const [total, ...sources] = table.rows;
  if (!total || total.amounts[0] === 0) return null;
  const funded = sources.filter((r) => r.amounts[0] > 0);
  // One source is named alone, as cards write it: `총 50백만원(구비)`.
  const parts = funded.length === 1 ? [funded[0].label] : funded.map((r) => `${r.label} ${r.cells[0]}`);
  return `총 ${total.cells[0]}백만원(${parts.join(', ')})`;
}
