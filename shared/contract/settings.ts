import { settingsChanges, type Settings } from '../settings';
import { command, query } from './channel';
import { noInput } from './fields';

export const settingsContract = {
  'settings.get': query<Settings>()(noInput),
  /** Partial: the page sends only what it changed; unknown keys are refused. */
  'settings.save': command<Settings>()(settingsChanges),
};
