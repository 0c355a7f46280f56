import type { Figure } from './timing';

/**
 * The targets of issue 15, each read from the figures of this run: a figure's own value against a
 * limit, or its ratio to the plain twin measured beside it. Printed per engine by run.ts.
 */
export interface Target {
  target: string;
  label: string;
  /** 'value': the median itself; 'ratio': median / plain. */
  measure: 'value' | 'ratio';
  limit: number;
}

export const targets: Target[] = [
  { target: '초성 search, 30 years ≤ 20 ms', label: 'search: 초성 ㅎㅊㅎ over thirty years', measure: 'value', limit: 20 },
  { target: '초성 search ≤ 3× plain SQL over the index', label: 'search: 초성 ㅎㅊㅎ over thirty years', measure: 'ratio', limit: 3 },
  { target: 'phone search, 30 years ≤ 20 ms', label: 'search: phone digits 1234 over thirty years', measure: 'value', limit: 20 },
  { target: 'phone search ≤ 3× plain SQL over the index', label: 'search: phone digits 1234 over thirty years', measure: 'ratio', limit: 3 },
  { target: 'lend, 30 years ≤ 5 ms', label: 'desk write: lend (thirty years)', measure: 'value', limit: 5 },
  { target: 'return, 30 years ≤ 5 ms', label: 'desk write: return (thirty years)', measure: 'value', limit: 5 },
  { target: 'interpretation request, 30 years ≤ 5 ms', label: 'desk write: interpretation request (thirty years)', measure: 'value', limit: 5 },
  { target: 'core + first call, 10 years ≤ 1.5 s CPU', label: 'start-up: core + first call, CPU', measure: 'value', limit: 1.5 },
  { target: 'preview listening ≤ 2 s', label: 'preview: spawn to listening', measure: 'value', limit: 2000 },
  { target: 'retention purge, later opens ≤ 20 ms', label: 'retention purge: later opens (10 years)', measure: 'value', limit: 20 },
  { target: 'dashboard initial JS ≤ 2× empty Mantine', label: 'first page: dashboard initial JS (gzip)', measure: 'ratio', limit: 2 },
  { target: 'first interactive ≤ 1.5× empty Mantine', label: 'first page: first interactive in Chromium', measure: 'ratio', limit: 1.5 },
  { target: "a year's XLSX (통역): peak RSS growth ≤ 60 MB", label: "export: a year's XLSX, 통역 요청 (peak RSS growth)", measure: 'value', limit: 60 },
  { target: "a year's XLSX (통역) ≤ 1.2× plain exceljs", label: "export: a year's XLSX, 통역 요청 (time)", measure: 'ratio', limit: 1.2 },
  { target: "a year's XLSX (대장): peak RSS growth ≤ 60 MB", label: "export: a year's XLSX, 대여 대장 (peak RSS growth)", measure: 'value', limit: 60 },
  { target: "a year's XLSX (대장) ≤ 1.2× plain exceljs", label: "export: a year's XLSX, 대여 대장 (time)", measure: 'ratio', limit: 1.2 },
  { target: '10,000-row loan ledger import < 10 s (issue 14)', label: 'import: 10,000-row loan ledger, read+preview+save (time)', measure: 'value', limit: 10_000 },
  { target: 'loan ledger import: peak RSS growth < 150 MB', label: 'import: 10,000-row loan ledger (peak RSS growth)', measure: 'value', limit: 150 },
  { target: 'card, 10 years ≤ 1× plain aggregates', label: '추진실적 10년 (2015~2024) 생성', measure: 'ratio', limit: 1 },
];

/** The figure a target reads (labels may carry a detail in parentheses at the end, e.g. how the start was bundled). */
export function targetFigure(target: Target, engineFigures: Figure[]): string {
  const f = engineFigures.find((x) => x.label === target.label || x.label.startsWith(`${target.label} (`));
  if (!f) return '—';
  const value = target.measure === 'ratio' ? (f.plain ? f.median / f.plain : NaN) : f.median;
  const shown = target.measure === 'ratio' ? `${value.toFixed(2)}×` : `${value.toFixed(value < 10 ? 2 : 0)} ${f.unit}`;
  return `${shown} ${value <= target.limit ? '✓' : '✗'}`;
}
