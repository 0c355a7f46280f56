import type { DateRange } from '../../shared/figures';
import { yearLabel } from '../../shared/korean/reportFormat';

/**
 * The range a yearly line counts and how it names the year: the whole year, or up to asOf when
 * asOf falls inside it (`2025년 6월 현재`). An asOf before the year gives an empty range.
 */
export function yearRange(year: number, asOf?: string): { range: DateRange; label: string } {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (!asOf || asOf >= end) return { range: { from, to: end }, label: yearLabel(year, null) };
  if (asOf < from) return { range: { from, to: asOf }, label: yearLabel(year, null) };
  return { range: { from, to: asOf }, label: yearLabel(year, Number(asOf.slice(5, 7))) };
}
