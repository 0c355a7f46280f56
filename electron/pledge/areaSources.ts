import { guideFigures } from '../guides/guideFigures';
import { healingProgramFigures } from '../healing/healingFigures';
import { withEarlierTotals } from '../imports/earlierTotalFigures';
import { interpretationFigures } from '../interpretation/interpretationFigures';
import { kindnessFigures } from '../kindness/kindnessFigures';
import { loanFigures } from '../loans/loanFigures';
import { trainingFigures } from '../trainings/trainingFigures';
import type { PerformanceSources } from './performanceSources';

/**
 * The one place the pledge card reaches into the other areas: their own figure functions, nothing else,
 * with the earlier totals (이전 집계) of months that have no records counted in alongside.
 */
export const areaSources: PerformanceSources = withEarlierTotals({
  loanFigures,
  interpretationFigures,
  guideFigures,
  trainingFigures,
  healingProgramFigures,
  kindnessFigures,
});
