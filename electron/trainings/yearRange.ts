import type { DateRange } from '../../shared/figures';
import { eventsYearLabel } from '../../shared/pledge/reportLines';

/**
 * The range a yearly line counts and how it names the year: the whole year, or up to asOf when
 * asOf falls inside it. An asOf before the year gives an empty range. The lines counted through it
 * (trainings, healing programs) list events that took place, so the year keeps its plain name even
 * when cut short (shared/pledge/reportLines.ts).
 */
export function yearRange(year: number, asOf?: string): { range: DateRange; label: string } {
  const from = `${year}-01-01`;
  const end = `${year}-12-31`;
  const range = { from, to: !asOf || asOf >= end ? end : asOf };
  return { range, label: eventsYearLabel({ from, to: range.to }) };
}
