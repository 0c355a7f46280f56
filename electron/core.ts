import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../shared/result';
import { backupHandlers } from './backup/backupHandlers';
import { backupCopyFolder, backupService } from './backup/backupService';
import { isNetworkPath, NETWORK_REFUSAL } from './backup/networkPath';
import { openDatabase, type Db } from './db/connection';
import { describeFileProblem, inspectDatabaseFile, type FileProblem } from './db/databaseFile';
import { latestSchemaVersion } from './db/migrate';
import { dispatch } from './ipc/dispatch';
import { mergeUnique } from '../shared/mergeUnique';
import type { HandlerContext, HandlerTable } from './ipc/handlerTypes';
import type { Logger } from './log';
import type { CoreDeps } from './coreDeps';
import { guidesHandlers } from './guides/guidesHandlers';
import { healingHandlers } from './healing/healingHandlers';
import { adoptHealingPhotoFiles } from './healing/healingPhotos';
import { interpretationHandlers } from './interpretation/interpretationHandlers';
import { kindnessHandlers } from './kindness/kindnessHandlers';
import { loansHandlers } from './loans/loansHandlers';
import { pledgeHandlers } from './pledge/pledgeHandlers';
import { adoptPledgePhotoFiles } from './pledge/pledgePhotos';
import { settingsHandlers } from './settings/settingsHandlers';
import { trainingsHandlers } from './trainings/trainingsHandlers';
import { settingsService, type KeyValueStore } from './settings/settingsService';
import { staffHandlers } from './staff/staffHandlers';
import { staffRepository } from './staff/staffRepository';

export interface CoreOptions {
  dataDir: string;
  store: KeyValueStore;
  log: Logger;
  printToPdf?: CoreDeps['printToPdf'];
  /** The PC's own file and folder picker (Electron's dialog); absent in the preview, where paths are typed. */
  choosePath?: (kind: 'folder' | 'file') => Promise<string | null>;
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

/**
 * The whole app without a window: the database, the settings and the one handler table.
 * Electron's IPC and the browser preview's HTTP both call `call`; nothing else reaches the handlers.
 *
 * It refuses to start, with a DatabaseStartError, rather than open a file that is damaged, foreign,
 * newer than the app, or on a network folder: opening would risk writing over what is in it.
 */
export function createCore({ dataDir, store, log, printToPdf, choosePath }: CoreOptions) {
  const file = databaseFileOf(dataDir);
  if (isNetworkPath(dataDir)) throw new DatabaseStartError({ kind: 'network_location' }, file);
  const problem = inspectDatabaseFile(file, latestSchemaVersion());
  if (problem) throw new DatabaseStartError(problem, file);

  const settings = settingsService(store);
  const backups = backupService({
    dataDir,
    store,
    log,
    latestVersion: latestSchemaVersion(),
    db: () => open.db,
    replaceDatabase: (source) => replaceDatabase(source),
  });

  /** The database and every handler bound to it; a restore closes it and builds it again on the new file. */
  const openRecords = () => {
    const db: Db = openDatabase(file);
    adoptHealingPhotoFiles(db, dataDir, log);
    adoptPledgePhotoFiles(db, dataDir, log);
    const staff = staffRepository(db);
    const deps: CoreDeps = { db, settings, staff, log, dataDir, printToPdf };
    const table: HandlerTable = mergeUnique(
      staffHandlers(db, staff),
      settingsHandlers(settings, staff),
      loansHandlers(deps),
      interpretationHandlers(deps),
      guidesHandlers(deps),
      trainingsHandlers(deps),
      healingHandlers(deps),
      kindnessHandlers(deps),
      pledgeHandlers(deps),
      backupHandlers(backups, choosePath),
    );
    return { db, staff, table };
  };
  let open = openRecords();

  /**
   * The file swap behind a restore: the closed database's WAL belongs to the old records (already
   * kept in the safety backup), so it must not be replayed onto the restored file.
   */
  const replaceDatabase = (source: string) => {
    const incoming = `${file}.restoring`;
    fs.copyFileSync(source, incoming);
    open.db.pragma('wal_checkpoint(TRUNCATE)');
    open.db.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    fs.renameSync(incoming, file);
    open = openRecords();
  };

  const context = (): HandlerContext => {
    const id = settings.currentStaffId();
    const member = id === null ? null : open.staff.staffById(id);
    return { actor: member && member.active ? { id: member.id, name: member.name } : null };
  };

  return {
    get db() {
      return open.db;
    },
    settings,
    backups,
    call: (channel: string, input: unknown): Promise<Result<unknown>> => dispatch(open.table, channel, input, context(), log),
    close: () => open.db.close(),
  };
}

export type Core = ReturnType<typeof createCore>;

export { backupCopyFolder };
