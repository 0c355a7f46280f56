import type {
  ByYear,
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
 * with the same rules as its own lists, and answers for every calendar year of it in one go (one
 * grouped query, not one per year). The real ones are wired in areaSources.ts; tests pass fakes.
 * `db` is the section's read transaction, so every area counts the same moment.
 */
export interface PerformanceSources {
  loanFiguresByYear(db: Db, range: DateRange): Promise<ByYear<LoanFigures>>;
  interpretationFiguresByYear(db: Db, range: DateRange): Promise<ByYear<InterpretationFigures>>;
  guideFiguresByYear(db: Db, range: DateRange): Promise<ByYear<GuideFigures>>;
  trainingFiguresByYear(db: Db, range: DateRange): Promise<ByYear<TrainingFigures[]>>;
  healingProgramFiguresByYear(db: Db, range: DateRange): Promise<ByYear<HealingProgramFigure[]>>;
  kindnessFiguresByYear(db: Db, range: DateRange): Promise<ByYear<KindnessFigures>>;
}
