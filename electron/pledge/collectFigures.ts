import type {
  DateRange,
  GuideFigures,
  HealingProgramFigure,
  InterpretationFigures,
  KindnessFigures,
  LoanFigures,
  TrainingFigures,
} from '../../shared/figures';
import type { Db } from '../db/schema';
import type { PerformanceSources } from './performanceSources';
import { reportYears, type ReportYear } from './reportYears';

export interface YearFigures extends ReportYear {
  loans: LoanFigures;
  interpretation: InterpretationFigures;
  guides: GuideFigures;
  trainings: TrainingFigures[];
  healing: HealingProgramFigure[];
  kindness: KindnessFigures;
}

/**
 * Asks every area once for the counted range (the period up to the as-of date), each answering for
 * every calendar year of it, in turn: they read through the section's one transaction, a single
 * connection that answers one query at a time anyway. One statement per area, not one per year: a
 * ten-year card is a few statements, as the plain aggregates would be.
 */
export async function collectFigures(db: Db, sources: PerformanceSources, counted: DateRange): Promise<YearFigures[]> {
  // An as-of date before the period starts: no year has begun, nothing to ask.
  if (counted.from > counted.to) return [];
  const loans = await sources.loanFiguresByYear(db, counted);
  const interpretation = await sources.interpretationFiguresByYear(db, counted);
  const guides = await sources.guideFiguresByYear(db, counted);
  const trainings = await sources.trainingFiguresByYear(db, counted);
  const healing = await sources.healingProgramFiguresByYear(db, counted);
  const kindness = await sources.kindnessFiguresByYear(db, counted);
  return reportYears(counted, counted.to).map((y) => ({
    ...y,
    loans: loans.get(y.year)!,
    interpretation: interpretation.get(y.year)!,
    guides: guides.get(y.year)!,
    trainings: trainings.get(y.year)!,
    healing: healing.get(y.year)!,
    kindness: kindness.get(y.year)!,
  }));
}
