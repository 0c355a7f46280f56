import { UserFacingError } from '../../shared/result';
import { settingsFromStored, settingsSchema, type Settings } from '../../shared/settings';

/**
 * The slice of electron-store (in the app) and conf (in the preview and tests) that we use:
 * both are the same library underneath, so one service serves both.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function settingsService(store: KeyValueStore) {
  return {
    read: (): Settings => settingsFromStored(store.get('settings')),
    save(changes: Partial<Settings>): Settings {
      const next = settingsSchema.parse({ ...settingsFromStored(store.get('settings')), ...changes });
      if (next.termFrom > next.termTo) throw new UserFacingError('invalid_input', '임기 종료가 임기 시작보다 앞섭니다.', 'termTo');
      store.set('settings', next);
      return next;
    },
    currentStaffId: (): number | null => {
      const id = store.get('currentStaffId');
      return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
    },
    setCurrentStaffId: (id: number | null) => store.set('currentStaffId', id),
  };
}

export type SettingsService = ReturnType<typeof settingsService>;
