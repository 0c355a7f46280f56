import { authorOf } from '../db/audit';
import type { Handlers } from '../ipc/handlerTypes';
import type { SettingsService } from './settingsService';

export function settingsHandlers(settings: SettingsService): Handlers<'settings.get' | 'settings.save'> {
  return {
    'settings.get': () => settings.current(),
    'settings.save': (changes, ctx) => settings.save(changes, authorOf(ctx)),
  };
}
