import { guideFiguresByYear } from '../guides/guideFigures';
import { healingProgramFiguresByYear } from '../healing/healingFigures';
import { withEarlierTotals } from '../imports/earlierTotalFigures';
import { interpretationFiguresByYear } from '../interpretation/interpretationFigures';
import { kindnessFiguresByYear } from '../kindness/kindnessFigures';
import { loanFiguresByYear } from '../loans/loanFigures';
import { trainingFiguresByYear } from '../trainings/trainingFigures';
import type { PerformanceSources } from './performanceSources';

/**
 * The one place the pledge card reaches into the other areas: their own figure functions, nothing else,
 * with the earlier totals (이전 집계) of months that have no records counted in alongside.
 */
export const areaSources: PerformanceSources = withEarlierTotals({
  loanFiguresByYear,
  interpretationFiguresByYear,
  guideFiguresByYear,
  trainingFiguresByYear,
  healingProgramFiguresByYear,
  kindnessFiguresByYear,
});
