import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { fail, type Result } from '../shared/result';
import { mergeUnique } from '../shared/mergeUnique';
import { deskToday } from '../shared/korean/deskClock';
import { backupHandlers } from './backup/backupHandlers';
import { backupCopyFolder, backupService } from './backup/backupService';
import { isNetworkPath, NETWORK_REFUSAL } from './backup/networkPath';
import type { CoreDeps } from './coreDeps';
import { readStoredLocation, recordsLocationOf, type SecretBox } from './dataLocation/dataLocation';
import { dataLocationHandlers } from './dataLocation/dataLocationHandlers';
import { isConnectionLost } from './db/constraintErrors';
import { connectionHandlers } from './offline/connectionHandlers';
import { deskQueue, OFFLINE_MESSAGE, type DeskQueue } from './offline/deskQueue';
import { openOutbox } from './offline/outbox';
import { describeFileProblem, inspectDatabaseFile, type FileProblem } from './db/databaseFile';
import { latestSchemaVersion } from './db/migrator';
import { adoptPhotoFilesFromBefore010 } from './db/photoFilesBefore010';
import { openRecordsAt, type Records, type RecordsLocation } from './db/records';
import { guidesHandlers } from './guides/guidesHandlers';
import { healingHandlers } from './healing/healingHandlers';
import { duplicateRequestHandlers } from './interpretation/duplicateRequests';
import { interpretationHandlers } from './interpretation/interpretationHandlers';
import { dispatch } from './ipc/dispatch';
import type { HandlerContext, HandlerTable } from './ipc/handlerTypes';
import { kindnessHandlers } from './kindness/kindnessHandlers';
import type { Logger } from './log';
import { purgeExpiredLoanPersonalData } from './loans/loanPersonalData';
import { loansHandlers } from './loans/loansHandlers';
import { openLoanSearchHandlers } from './loans/openLoanSearch';
import { deskUndoHandlers } from './undo/deskUndo';
import { pledgeHandlers } from './pledge/pledgeHandlers';
import { settingsHandlers } from './settings/settingsHandlers';
import { settingsService, type KeyValueStore } from './settings/settingsService';
import { staffHandlers } from './staff/staffHandlers';
import { staffRepository } from './staff/staffRepository';
import { trainingsHandlers } from './trainings/trainingsHandlers';

export interface CoreOptions {
  dataDir: string;
  store: KeyValueStore;
  log: Logger;
  /** Where the records are; by default the SQLite file in the data folder. */
  records?: RecordsLocation;
  /** This PC's name, kept on every record it creates or changes; by default the host name. */
  desk?: string;
  printToPdf?: CoreDeps['printToPdf'];
  /** The PC's own file and folder picker (Electron's dialog); absent in the preview, where paths are typed. */
  choosePath?: (kind: 'folder' | 'file') => Promise<string | null>;
  /** Seals the office server's password for this PC's user (Electron's safeStorage); absent in the preview. */
  secrets?: SecretBox;
}

export const databaseFileOf = (dataDir: string) => path.join(dataDir, 'minwon.sqlite');

/** Why the core would not open the records: the app shows `message` and offers the ways out (start-up recovery). */
export class DatabaseStartError extends Error {
  constructor(
    public readonly problem: FileProblem | { kind: 'network_location' },
    public readonly file: string,
  ) {
    super(problem.kind === 'network_location' ? NETWORK_REFUSAL : describeFileProblem(problem));
    this.name = 'DatabaseStartError';
  }
}

/** Refuses, before anything opens it, a records file that is damaged, foreign, newer than the app, or on a network folder. */
function checkRecordsFile(dataDir: string, file: string) {
  if (isNetworkPath(dataDir) || isNetworkPath(file)) throw new DatabaseStartError({ kind: 'network_location' }, file);
  const problem = inspectDatabaseFile(file, latestSchemaVersion());
  if (problem) throw new DatabaseStartError(problem, file);
}

/**
 * The whole app without a window: the database, the settings and the one handler table.
 * Electron's IPC and the browser preview's HTTP both call `call`; nothing else reaches the handlers.
 *
 * On SQLite it refuses to start, with a DatabaseStartError, rather than open a file that is damaged,
 * foreign, newer than the app, or on a network folder: opening would risk writing over what is in it.
 */
export async function createCore({ dataDir, store, log, records: where, desk = os.hostname(), printToPdf, choosePath, secrets }: CoreOptions) {
  const localFile = databaseFileOf(dataDir);
  const sessionPassword = { value: null as string | null };
  let location: RecordsLocation = where ?? recordsLocationOf(readStoredLocation(store), localFile, secrets, null);
  if (location.engine === 'sqlite') checkRecordsFile(dataDir, location.file);
  const outbox = openOutbox(dataDir);

  const settings = settingsService(store, () => open.records.db);
  const backups = backupService({
    dataDir,
    store,
    log,
    latestVersion: latestSchemaVersion(),
    sqlite: () => open.records.sqlite,
    replaceDatabase: (source) => replaceDatabase(source),
  });

  /** The database and every handler bound to it; a restore closes it and builds it again on the new file. */
  const openRecords = async (at: RecordsLocation) => {
    const records: Records = await openRecordsAt(at);
    const { db } = records;
    if (records.sqlite) {
      adoptPhotoFilesFromBefore010(records.sqlite, dataDir, log);
    }
    const staff = staffRepository(db);
    await settings.adoptPcSettings({ staffId: null, desk }, db);
    const deps: CoreDeps = { db, engine: records.engine, settings, staff, log, dataDir, printToPdf };
    const table: HandlerTable = mergeUnique(
      staffHandlers(db),
      settingsHandlers(settings, staff),
      loansHandlers(deps),
      openLoanSearchHandlers(deps),
      deskUndoHandlers(deps),
      interpretationHandlers(deps),
      duplicateRequestHandlers(deps),
      guidesHandlers(deps),
      trainingsHandlers(deps),
      healingHandlers(deps),
      kindnessHandlers(deps),
      pledgeHandlers(deps),
      backupHandlers(backups, choosePath),
      dataLocationHandlers({ store, secrets, log, localFile, sqlite: () => open.records.sqlite, switchTo: (at) => switchTo(at), sessionPassword }),
      connectionHandlers(() => open.records.engine, queue, outbox, log),
    );
    return { records, staff, table };
  };
  /** The last known person at this PC: while the office server is gone, the channels this PC answers alone still know who asks. */
  let lastActor: HandlerContext['actor'] = null;
  const contextOf = async (staffId: number | null): Promise<HandlerContext> => {
    try {
      const member = staffId === null ? null : await open.staff.staffById(staffId);
      lastActor = member && member.active ? { id: member.id, name: member.name } : null;
    } catch (error) {
      if (!isConnectionLost(error) || lastActor?.id !== staffId) throw error;
    }
    return { actor: lastActor, desk };
  };

  /** One call as the given person: the handler table's dispatch, with the office server's absence an 'offline' answer. */
  const dispatchAs = async (channel: string, input: unknown, staffId: number | null): Promise<Result<unknown>> => {
    let ctx: HandlerContext;
    try {
      ctx = await contextOf(staffId);
    } catch (error) {
      if (isConnectionLost(error)) return fail({ code: 'offline', message: OFFLINE_MESSAGE });
      // Who is calling could not be read: the same answer as a handler's unexpected failure, logged alike.
      return dispatch({ [channel]: () => Promise.reject(error) } as never, channel, input, { actor: null, desk }, log);
    }
    return dispatch(open.table, channel, input, ctx, log);
  };

  const queue: DeskQueue = deskQueue({
    outbox,
    log,
    probe: () =>
      sql`SELECT 1 AS up`
        .execute(open.records.db)
        .then(() => true)
        .catch(() => false),
    send: dispatchAs,
  });

  let open = await openRecords(location);

  /** Opens the records elsewhere (Settings → 데이터 위치); until the new ones are open, the old ones stay. */
  const switchTo = async (at: RecordsLocation) => {
    if (at.engine === 'sqlite') checkRecordsFile(dataDir, at.file);
    const next = await openRecords(at);
    const previous = open;
    open = next;
    location = at;
    await previous.records.close();
  };

  /**
   * The file swap behind a restore: the closed database's WAL belongs to the old records (already
   * kept in the safety backup), so it must not be replayed onto the restored file.
   */
  const replaceDatabase = async (source: string) => {
    if (location.engine !== 'sqlite') throw new Error('only a SQLite file can be replaced');
    const file = location.file;
    const incoming = `${file}.restoring`;
    fs.copyFileSync(source, incoming);
    open.records.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    await open.records.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    fs.renameSync(incoming, file);
    open = await openRecords(location);
  };

  return {
    get db() {
      return open.records.db;
    },
    get records() {
      return open.records;
    },
    get engine() {
      return open.records.engine;
    },
    settings,
    backups,
    /** Every call of the screens. On the office server it goes through the desk queue, which answers at once when the server is gone. */
    call: async (channel: string, input: unknown): Promise<Result<unknown>> => {
      const staffId = settings.currentStaffId();
      if (open.records.engine === 'sqlite') return dispatchAs(channel, input, staffId);
      return queue.call(channel, input, staffId, () => dispatchAs(channel, input, staffId));
    },
    /** Sends what the desk kept while the server was gone (the queue does it by itself when the server is back). */
    sendKept: () => queue.drain(),
    /**
     * What the app does once its window is up (main.ts, the preview), so the window does not wait for it:
     * borrowers' names and phones past the office's retention period are destroyed.
     */
    afterStart: async () => {
      const { retentionYears } = await settings.current();
      const purged = await purgeExpiredLoanPersonalData(open.records.db, deskToday(), retentionYears, { staffId: null, desk });
      if (purged > 0) log.info('loan_personal_data_purged', { loans: purged });
    },
    close: async () => {
      queue.stop();
      outbox.close();
      await open.records.close();
    },
  };
}

export type Core = Awaited<ReturnType<typeof createCore>>;

export { backupCopyFolder };
