import type { PostgresLocation } from '../db/postgres/postgresDialect';
import type { RecordsLocation } from '../db/records';
import type { KeyValueStore } from '../settings/settingsService';

/**
 * Seals a secret for this PC's user (Electron's safeStorage: DPAPI on Windows); the preview has no
 * such store, so there a password is kept in memory for the session only, never written down.
 */
export interface SecretBox {
  available(): boolean;
  seal(text: string): string;
  open(sealed: string): string;
}

/** What this PC keeps about where the records are: never the password itself, only its sealed form. */
export type StoredLocation =
  | { engine: 'sqlite' }
  | { engine: 'postgres'; host: string; port: number; database: string; user: string; tls: boolean; sealedPassword: string | null };

const KEY = 'dataLocation';

export function readStoredLocation(store: KeyValueStore): StoredLocation {
  const raw = store.get(KEY) as Partial<Extract<StoredLocation, { engine: 'postgres' }>> | undefined;
  if (!raw || raw.engine !== 'postgres' || typeof raw.host !== 'string' || typeof raw.database !== 'string' || typeof raw.user !== 'string') {
    return { engine: 'sqlite' };
  }
  return {
    engine: 'postgres',
    host: raw.host,
    port: Number.isInteger(raw.port) ? raw.port! : 5432,
    database: raw.database,
    user: raw.user,
    tls: raw.tls === true,
    sealedPassword: typeof raw.sealedPassword === 'string' ? raw.sealedPassword : null,
  };
}

export const writeStoredLocation = (store: KeyValueStore, location: StoredLocation) => store.set(KEY, location);

/**
 * The records' location as the core opens it: the data folder's own file, or the office server with
 * the password unsealed (or the one given for this session where nothing could be sealed).
 */
export function recordsLocationOf(stored: StoredLocation, sqliteFile: string, secrets: SecretBox | undefined, sessionPassword: string | null): RecordsLocation {
  if (stored.engine === 'sqlite') return { engine: 'sqlite', file: sqliteFile };
  const password = stored.sealedPassword && secrets?.available() ? secrets.open(stored.sealedPassword) : (sessionPassword ?? '');
  const server: PostgresLocation = { host: stored.host, port: stored.port, database: stored.database, user: stored.user, password, tls: stored.tls };
  return { engine: 'postgres', server };
}
