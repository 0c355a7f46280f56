import type {
  DateRange,
  GuideFigures,
  HealingProgramFigure,
  InterpretationFigures,
  KindnessFigures,
  LoanFigures,
  TrainingFigures,
} from '../../shared/figures';
import type { Db } from '../db/connection';

/**
 * What the performance section asks of the other areas: each counts its own records over a range,
 * with the same rules as its own lists. The real ones are wired in areaSources.ts; tests pass fakes.
 */
export interface PerformanceSources {
  loanFigures(db: Db, range: DateRange): LoanFigures;
  interpretationFigures(db: Db, range: DateRange): InterpretationFigures;
  guideFigures(db: Db, range: DateRange): GuideFigures;
  trainingFigures(db: Db, range: DateRange): TrainingFigures[];
  healingProgramFigures(db: Db, range: DateRange): HealingProgramFigure[];
  kindnessFigures(db: Db, range: DateRange): KindnessFigures;
}
