import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { fail, type Result } from '../shared/result';
import { access, SCREEN_LOCKED, SIGN_IN_FIRST } from '../shared/contract/access';
import { isChannelName } from '../shared/contract';
import { defaultSettings } from '../shared/settings';
import { mergeUnique } from '../shared/mergeUnique';
import { deskToday } from '../shared/korean/deskClock';
import { backupHandlers } from './backup/backupHandlers';
import { backupCopyFolder, backupService } from './backup/backupService';
import { isNetworkPath, NETWORK_REFUSAL } from './backup/networkPath';
import type { CoreDeps, DownloadDeps } from './coreDeps';
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
import { snapshotRead } from './db/snapshotRead';
import { downloadDesk } from './export/downloadDesk';
import { guidesHandlers } from './guides/guidesHandlers';
import { healingHandlers } from './healing/healingHandlers';
import { duplicateRequestHandlers } from './interpretation/duplicateRequests';
import { interpretationHandlers } from './interpretation/interpretationHandlers';
import { dispatch, unexpectedFailure } from './ipc/dispatch';
import type { HandlerContext, HandlerTable } from './ipc/handlerTypes';
import { kindnessHandlers } from './kindness/kindnessHandlers';
import type { Logger } from './log';
import { loansHandlers } from './loans/loansHandlers';
import { openLoanSearchHandlers } from './loans/openLoanSearch';
import { deskUndoHandlers } from './undo/deskUndo';
import { pledgeHandlers } from './pledge/pledgeHandlers';
import { privacyHandlers } from './privacy/privacyHandlers';
import { purgeExpiredPersonalData } from './privacy/retention';
import { accountHandlers } from './session/accountHandlers';
import { deskSession, type DeskSession } from './session/deskSession';
import { pinHasher, type PinHashCost } from './session/pinHash';
import { sessionHandlers } from './session/sessionHandlers';
import { settingsHandlers } from './settings/settingsHandlers';
import { settingsService, type KeyValueStore } from './settings/settingsService';
import { staffHandlers } from './staff/staffHandlers';
import { staffRepository } from './staff/staffRepository';
import { trainingsHandlers } from './trainings/trainingsHandlers';
import { importHandlers } from './imports/importHandlers';

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
  /**
   * The wall clock in milliseconds, for the idle lock and the wrong-PIN waits; Date.now by default.
   * Tests give their own (to pass 30 seconds without waiting them); nothing outside the process can.
   */
  clock?: () => number;
  /**
   * How costly a PIN's hash is; the office's by default (pinHash.ts). Test cores use a cheaper one so a
   * suite that signs people in hundreds of times stays quick; the hashes still name their own cost.
   */
  pinHashCost?: PinHashCost;
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
export async function createCore({ dataDir, store, log, records: where, desk = os.hostname(), printToPdf, choosePath, secrets, clock = Date.now, pinHashCost }: CoreOptions) {
  const localFile = databaseFileOf(dataDir);
  const sessionPassword = { value: null as string | null };
  let location: RecordsLocation = where ?? recordsLocationOf(readStoredLocation(store), localFile, secrets, null);
  if (location.engine === 'sqlite') checkRecordsFile(dataDir, location.file);
  const outbox = openOutbox(dataDir);

  const settings = settingsService(store, () => open.records.db);
  /** Who is signed in at this PC, and whether the screen is locked: in this process's memory only. */
  const session: DeskSession = deskSession(clock);
  const pins = pinHasher(pinHashCost);
  let knownLockMinutes = defaultSettings.lockAfterMinutes;
  /** The office's idle time; while the office server is gone, the last one read. */
  const lockAfterMinutes = async () => {
    try {
      knownLockMinutes = (await settings.current()).lockAfterMinutes;
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
    }
    return knownLockMinutes;
  };
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
    const streaming: DownloadDeps = { readSnapshot: (fn) => snapshotRead(records, fn), downloads };
    const deps: CoreDeps & DownloadDeps = { db, engine: records.engine, settings, staff, log, dataDir, printToPdf, ...streaming };
    const table: HandlerTable = mergeUnique(
      staffHandlers(db),
      settingsHandlers(settings),
      sessionHandlers({ db, session, settings, clock, desk, lockAfterMinutes, pins }),
      accountHandlers(db, clock, pins),
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
      privacyHandlers(deps),
      importHandlers(deps),
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
      lastActor = member && member.active ? { id: member.id, name: member.name, role: member.role } : null;
      if (member && session.person()?.staffId === member.id) session.refresh(member);
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
      return unexpectedFailure(channel, input, staffId, error, log);
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

  /** Streamed files: fetched by the person who asked, at an unlocked screen, with a role that still reaches the channel. */
  const downloads = downloadDesk(clock, async (channel) => {
    const refused = await sessionRefusal(channel);
    if (refused && !refused.ok) return { refused: refused.error.message };
    return contextOf(session.activeStaffId());
  });

  let open = await openRecords(location);

  /**
   * The screen's lock, held here whatever the renderer does: a call after the idle time locks first (a
   * laptop woken after a night is locked on its first call), and while locked only the public channels
   * (signing in, unlocking, the connection badge) answer. Who may do what is dispatch's check, on the
   * person read fresh from the records; this one needs no records, so it holds while the server is gone.
   */
  const sessionRefusal = async (channel: string): Promise<Result<never> | null> => {
    if (!isChannelName(channel) || access[channel] === 'public') return null;
    if (session.mayBeIdle()) {
      const minutes = await lockAfterMinutes().catch(() => knownLockMinutes);
      if (session.lockIfIdle(minutes)) log.info('screen_locked_idle', { minutes });
    }
    if (session.locked()) return fail({ code: 'forbidden', message: SCREEN_LOCKED });
    if (!session.person()) return fail({ code: 'forbidden', message: SIGN_IN_FIRST });
    session.touch();
    return null;
  };

  /** Opens the records elsewhere (Settings → 데이터 위치); until the new ones are open, the old ones stay. */
  const switchTo = async (at: RecordsLocation) => {
    if (at.engine === 'sqlite') checkRecordsFile(dataDir, at.file);
    const next = await openRecords(at);
    const previous = open;
    open = next;
    location = at;
    // Other records know other people (and other PINs): whoever was signed in signs in again there.
    session.signOut();
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
    // The restored records have their own PINs and roles, as they were then: sign in again against them.
    session.signOut();
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
      const refused = await sessionRefusal(channel);
      if (refused) return refused;
      const staffId = session.activeStaffId();
      if (open.records.engine === 'sqlite') return dispatchAs(channel, input, staffId);
      return queue.call(channel, input, staffId, () => dispatchAs(channel, input, staffId));
    },
    /** The file behind a one-time download address (GET /download/<token> in the preview and on app://). */
    openDownload: (token: string) => downloads.open(token),
    /** Sends what the desk kept while the server was gone (the queue does it by itself when the server is back). */
    sendKept: () => queue.drain(),
    /**
     * What the app does once its window is up (main.ts, the preview), so the window does not wait for it:
     * borrowers' names, phones and the notes about their loans past the office's retention period, and
     * access records past two years, are destroyed, and on SQLite gone from the file's bytes too.
     */
    afterStart: async () => {
      const { retentionYears } = await settings.current();
      const purged = await purgeExpiredPersonalData(open.records.db, deskToday(), retentionYears, { staffId: null, desk });
      if (purged.loans > 0) log.info('loan_personal_data_purged', { loans: purged.loans });
      if (purged.accessRecords > 0) log.info('access_records_purged', { records: purged.accessRecords });
      if (!purged.bytesErased) log.info('purged_bytes_left_for_next_start', {});
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
