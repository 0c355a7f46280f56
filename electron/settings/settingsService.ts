import { UserFacingError } from '../../shared/result';
import { defaultSettings, settingsFromStored, settingsSchema, type Settings } from '../../shared/settings';
import { updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';

/**
 * The slice of electron-store (in the app) and conf (in the preview and tests) that we use:
 * both are the same library underneath, so one service serves both.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Which settings belong to this PC (kept in electron-store) rather than to the office (kept in the
 * database, so every desk sharing it sees the same ones): how big the letters are on this screen.
 */
const PC_KEYS = ['uiFontSize'] as const satisfies readonly (keyof Settings)[];
const isPcKey = (key: string) => (PC_KEYS as readonly string[]).includes(key);
const OFFICE_KEYS = (Object.keys(defaultSettings) as (keyof Settings)[]).filter((k) => !isPcKey(k));

const pick = (from: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in from).map((k) => [k, from[k]]));

/**
 * The settings as one object for the screens (settings.get), stored in two places: the office's in
 * the office_setting table, this PC's in the PC's own store. Each stored value is checked by the one
 * schema (shared/settings.ts) when read, so a damaged value falls back to its default.
 */
export function settingsService(store: KeyValueStore, db: () => Db) {
  const officeValues = async (on: Db): Promise<Record<string, unknown>> => {
    const rows = await on.selectFrom('office_setting').select(['key', 'value']).execute();
    const values: Record<string, unknown> = {};
    for (const { key, value } of rows) {
      try {
        values[key] = JSON.parse(value);
      } catch {
        // A value nobody can read falls back to its default, like a damaged settings file.
      }
    }
    return values;
  };

  const current = async (on: Db = db()): Promise<Settings> => {
    const pc = (store.get('settings') ?? {}) as Record<string, unknown>;
    return settingsFromStored({ ...pick(pc, PC_KEYS), ...pick(await officeValues(on), OFFICE_KEYS) });
  };

  return {
    /** The settings now: the office's from the database (another desk may have changed them), this PC's from its store. */
    current: () => current(),

    async save(changes: Partial<Settings>, author: Author): Promise<Settings> {
      return writeTransaction(db(), async (trx) => {
        const next = settingsSchema.parse({ ...(await current(trx)), ...changes });
        if (next.termFrom > next.termTo) throw new UserFacingError('invalid_input', '임기 종료가 임기 시작보다 앞섭니다.', 'termTo');
        for (const key of OFFICE_KEYS.filter((k) => k in changes)) {
          const row = { key, value: JSON.stringify(next[key]), ...updatedStamp(author) };
          await trx
            .insertInto('office_setting')
            .values(row)
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at, updated_by: row.updated_by, updated_desk: row.updated_desk }))
            .execute();
        }
        const pcChanges = pick(changes, PC_KEYS);
        if (Object.keys(pcChanges).length) store.set('settings', { ...((store.get('settings') ?? {}) as object), ...pick(next, PC_KEYS) });
        return current(trx);
      });
    },

    /**
     * Until version 011 every setting lived on the PC. The first time a database has no office settings,
     * this PC's are carried into it once, so the office keeps what it had typed.
     */
    async adoptPcSettings(author: Author, on: Db = db()) {
      const stored = store.get('settings');
      if (!stored || typeof stored !== 'object') return current(on);
      await writeTransaction(on, async (trx) => {
        const has = await trx.selectFrom('office_setting').select('key').limit(1).executeTakeFirst();
        if (has) return;
        const valid = settingsFromStored(stored);
        for (const key of OFFICE_KEYS.filter((k) => k in stored)) {
          await trx.insertInto('office_setting').values({ key, value: JSON.stringify(valid[key]), ...updatedStamp(author) }).execute();
        }
      });
      return current(on);
    },

    /** Who last signed in at this PC, to pre-select the name on the sign-in screen: a fact about the PC, not the office. */
    lastStaffId: (): number | null => {
      const id = store.get('lastStaffId');
      return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
    },
    rememberLastStaff: (id: number) => store.set('lastStaffId', id),
  };
}

export type SettingsService = ReturnType<typeof settingsService>;
