import { dateRequestLink } from '../app/useDateRequest';

/** The hash parameters the 교육·힐링 page answers by opening a new form on the date given. */
export const NEW_TRAINING_ON = 'newTraining';
export const NEW_HEALING_ON = 'newHealing';

export const newTrainingLink = (date: string) => dateRequestLink('/trainings', NEW_TRAINING_ON, date);
export const newHealingLink = (date: string) => dateRequestLink('/trainings', NEW_HEALING_ON, date);
