import type {
  GuideFigures,
  HealingProgramFigure,
  InterpretationFigures,
  KindnessFigures,
  LoanFigures,
  TrainingFigures,
} from '../../shared/figures';
import type { Db } from '../db/schema';
import type { PerformanceSources } from './performanceSources';
import type { ReportYear } from './reportYears';

export interface YearFigures extends ReportYear {
  loans: LoanFigures;
  interpretation: InterpretationFigures;
  guides: GuideFigures;
  trainings: TrainingFigures[];
  healing: HealingProgramFigure[];
  kindness: KindnessFigures;
}

/**
 * Asks every area once per year of the period, over that year's clipped range, in turn: they read
 * through the section's one transaction, a single connection that answers one query at a time anyway.
 */
export async function collectFigures(db: Db, sources: PerformanceSources, years: ReportYear[]): Promise<YearFigures[]> {
  const collected: YearFigures[] = [];
  for (const y of years) {
    collected.push({
      ...y,
      loans: await sources.loanFigures(db, y.range),
      interpretation: await sources.interpretationFigures(db, y.range),
      guides: await sources.guideFigures(db, y.range),
      trainings: await sources.trainingFigures(db, y.range),
      healing: await sources.healingProgramFigures(db, y.range),
      kindness: await sources.kindnessFigures(db, y.range),
    });
  }
  return collected;
}
