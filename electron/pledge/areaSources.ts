import { guideFigures } from '../guides/guideFigures';
import { healingProgramFigures } from '../healing/healingFigures';
import { interpretationFigures } from '../interpretation/interpretationFigures';
import { kindnessFigures } from '../kindness/kindnessFigures';
import { loanFigures } from '../loans/loanFigures';
import { trainingFigures } from '../trainings/trainingFigures';
import type { PerformanceSources } from './performanceSources';

/** The one place the pledge card reaches into the other areas: their own figure functions, nothing else. */
export const areaSources: PerformanceSources = {
  loanFigures,
  interpretationFigures,
  guideFigures,
  trainingFigures,
  healingProgramFigures,
  kindnessFigures,
};
