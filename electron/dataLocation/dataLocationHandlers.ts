import type Database from 'better-sqlite3';
import type { DataLocationView } from '../../shared/contract/dataLocation';
import { UserFacingError } from '../../shared/result';
import type { PostgresLocation } from '../db/postgres/postgresDialect';
import { postgresPool } from '../db/postgres/postgresDialect';
import type { RecordsLocation } from '../db/records';
import type { Handlers } from '../ipc/handlerTypes';
import type { Logger } from '../log';
import type { KeyValueStore } from '../settings/settingsService';
import { checkConnection } from './connectionCheck';
import { readStoredLocation, writeStoredLocation, type SecretBox, type StoredLocation } from './dataLocation';
import { moveRecordsToServer } from './moveToServer';

/** What the data-location channels need of the core: where the records are, and a way to reopen them elsewhere. */
export interface LocationControl {
  store: KeyValueStore;
  secrets?: SecretBox;
  log: Logger;
  localFile: string;
  /** The SQLite handle while the records are on this PC. */
  sqlite: () => Database.Database | null;
  /** Closes the records and opens them at `where` (migrating an empty server); on failure the old ones stay open. */
  switchTo: (where: RecordsLocation) => Promise<void>;
  /** A password typed where nothing can seal it (the preview): kept for this session only. */
  sessionPassword: { value: string | null };
}

type ServerInput = PostgresLocation;

export function dataLocationHandlers(control: LocationControl): Handlers<'dataLocation.get' | 'dataLocation.test' | 'dataLocation.use' | 'dataLocation.moveToServer'> {
  const { store, secrets, log } = control;

  const view = (): DataLocationView => {
    const stored = readStoredLocation(store);
    return {
      engine: stored.engine,
      server:
        stored.engine === 'postgres'
          ? { host: stored.host, port: stored.port, database: stored.database, user: stored.user, tls: stored.tls, passwordSaved: stored.sealedPassword !== null || control.sessionPassword.value !== null }
          : null,
      canSealPassword: secrets?.available() ?? false,
      localFile: control.localFile,
    };
  };

  /** An empty password field means "the one this PC already keeps for the same server and user". */
  const withPassword = (server: ServerInput): ServerInput => {
    if (server.password) return server;
    const stored = readStoredLocation(store);
    if (stored.engine !== 'postgres' || stored.host !== server.host || stored.user !== server.user) return server;
    const kept = stored.sealedPassword && secrets?.available() ? secrets.open(stored.sealedPassword) : control.sessionPassword.value;
    return { ...server, password: kept ?? '' };
  };

  const requireReachable = async (server: ServerInput) => {
    const check = await checkConnection(server);
    if (!check.ok) throw new UserFacingError('invalid_input', check.message, check.reason === 'wrong_password' ? 'password' : check.reason === 'missing_database' ? 'database' : 'host');
    return check;
  };

  /** Seals the password where the PC can; where it cannot, it is kept in memory only, never written. */
  const remember = (server: ServerInput) => {
    const canSeal = secrets?.available() ?? false;
    const stored: StoredLocation = {
      engine: 'postgres',
      host: server.host,
      port: server.port,
      database: server.database,
      user: server.user,
      tls: server.tls,
      sealedPassword: canSeal && server.password ? secrets!.seal(server.password) : null,
    };
    control.sessionPassword.value = canSeal ? null : server.password;
    writeStoredLocation(store, stored);
  };

  return {
    'dataLocation.get': () => view(),
    'dataLocation.test': (server) => checkConnection(withPassword(server)),

    'dataLocation.use': async (choice) => {
      if (choice.engine === 'sqlite') {
        await control.switchTo({ engine: 'sqlite', file: control.localFile });
        writeStoredLocation(store, { engine: 'sqlite' });
        log.info('data_location_changed', { engine: 'sqlite' });
        return view();
      }
      const server = withPassword(choice.server);
      await requireReachable(server);
      await control.switchTo({ engine: 'postgres', server });
      remember(server);
      log.info('data_location_changed', { engine: 'postgres' });
      return view();
    },

    'dataLocation.moveToServer': async ({ server: typed }) => {
      const source = control.sqlite();
      if (!source) throw new UserFacingError('invalid_input', '지금 이 PC의 기록을 쓰고 있지 않습니다. 이 PC의 기록을 연 상태에서 옮기세요.');
      const server = withPassword(typed);
      const check = await requireReachable(server);
      if (!check.empty) throw new UserFacingError('conflict', '사무실 서버에 이미 기록이 있습니다. 다른 사무실의 기록과 섞이지 않도록 빈 데이터베이스로만 옮길 수 있습니다.');
      const pool = postgresPool(server, 1);
      let report;
      try {
        report = await moveRecordsToServer(source, pool);
      } finally {
        await pool.end().catch(() => undefined);
      }
      log.info('records_moved_to_server', { tables: report.tables.length, rows: report.totalRows });
      // The records are on the server now: this desk works there from here on. The file stays on the PC.
      await control.switchTo({ engine: 'postgres', server });
      remember(server);
      return report;
    },
  };
}
