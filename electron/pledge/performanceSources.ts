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

/**
 * What the performance section asks of the other areas: each counts its own records over a range,
 * with the same rules as its own lists. The real ones are wired in areaSources.ts; tests pass fakes.
 * `db` is the section's read transaction, so every area counts the same moment.
 */
export interface PerformanceSources {
  loanFigures(db: Db, range: DateRange): Promise<LoanFigures>;
  interpretationFigures(db: Db, range: DateRange): Promise<InterpretationFigures>;
  guideFigures(db: Db, range: DateRange): Promise<GuideFigures>;
  trainingFigures(db: Db, range: DateRange): Promise<TrainingFigures[]>;
  healingProgramFigures(db: Db, range: DateRange): Promise<HealingProgramFigure[]>;
  kindnessFigures(db: Db, range: DateRange): Promise<KindnessFigures>;
}
