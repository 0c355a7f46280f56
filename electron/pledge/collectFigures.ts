import type {
  GuideFigures,
  HealingProgramFigure,
  InterpretationFigures,
  KindnessFigures,
  LoanFigures,
  TrainingFigures,
} from '../../shared/figures';
import type { Db } from '../db/connection';
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

/** Asks every area once per year of the period, over that year's clipped range. */
export const collectFigures = (db: Db, sources: PerformanceSources, years: ReportYear[]): YearFigures[] =>
  years.map((y) => ({
    ...y,
    loans: sources.loanFigures(db, y.range),
    interpretation: sources.interpretationFigures(db, y.range),
    guides: sources.guideFigures(db, y.range),
    trainings: sources.trainingFigures(db, y.range),
    healing: sources.healingProgramFigures(db, y.range),
    kindness: sources.kindnessFigures(db, y.range),
  }));
