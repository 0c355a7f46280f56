import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';
import { UserFacingError } from '../../shared/result';
import type { BackupEntry, BackupLocation } from '../../shared/contract/backup';
import { describeFileProblem, fileStamp, fineFileStamp, inspectDatabaseFile } from '../db/databaseFile';
import type { Logger } from '../log';
import type { KeyValueStore } from '../settings/settingsService';
import { backupPath, clearPartials, listBackupFiles, pruneTier, writeAtomically, type BackupFile, type Tier } from './backupFolder';
import { isNetworkPath } from './networkPath';

export interface BackupDeps {
  dataDir: string;
  /** Per-PC settings: the second copy folder is a property of this PC, not of the office. */
  store: KeyValueStore;
  log: Logger;
  latestVersion: number;
  /** The SQLite file's handle as it is now (a restore replaces it); null when the records are on the office server. */
  sqlite: () => Database.Database | null;
  /** Swaps the live database file for a checked copy of `file`, and reopens it. */
  replaceDatabase: (file: string) => Promise<void>;
}

const COPY_FOLDER_KEY = 'backupCopyFolder';

const isFolder = (folder: string) => fs.existsSync(folder) && fs.statSync(folder).isDirectory();

const weekLabel = (date: string) => {
  const d = parseISO(date);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
};

/**
 * The backups of the records on this PC: daily, weekly and monthly copies in the data folder's
 * backups/, each also copied to a second folder (another drive or a network folder) when one is set.
 * A finished backup file is safe on a network folder; the live database never goes there.
 */
export function backupService({ dataDir, store, log, latestVersion, sqlite, replaceDatabase }: BackupDeps) {
  const localRoot = path.join(dataDir, 'backups');
  /** Backups here are of this PC's SQLite file; an office server is backed up by its own administrator. */
  const onThisPc = () => {
    const handle = sqlite();
    if (!handle) throw new UserFacingError('forbidden', '사무실 서버(PostgreSQL)의 기록은 서버 관리자가 백업합니다. 이 PC에는 백업할 기록 파일이 없습니다.');
    return handle;
  };
  const copyFolder = () => backupCopyFolder(store);
  let lastCopyError: string | null = null;

  /** A consistent copy of the live database (WAL included), checked before it counts as a backup. */
  const snapshot = async (target: string) => {
    await writeAtomically(target, async (temporary) => {
      await onThisPc().backup(temporary);
      // A backup is one self-contained file: out of WAL mode, so opening or copying it needs no -wal/-shm beside it.
      const copy = new Database(temporary);
      copy.pragma('journal_mode = DELETE');
      copy.close();
      const problem = inspectDatabaseFile(temporary, latestVersion);
      if (problem) throw new Error(`backup failed its check: ${problem.kind}`);
    });
  };

  const copyToSecondFolder = async (made: BackupFile[]) => {
    const folder = copyFolder();
    if (!folder || made.length === 0) return;
    try {
      for (const b of made) await writeAtomically(path.join(folder, b.id), (temporary) => fs.copyFileSync(b.file, temporary));
      clearPartials(folder);
      for (const tier of new Set(made.map((b) => b.tier))) pruneTier(folder, tier);
      lastCopyError = null;
    } catch (error) {
      // The local backup is whole; a missing network folder must not fail it, but the office must see it.
      lastCopyError = '두 번째 백업 폴더에 복사하지 못했습니다. 폴더가 연결되어 있는지 확인하세요.';
      log.error('backup_copy_failed', { message: error instanceof Error ? error.message : String(error) });
    }
  };

  const take = async (tier: Tier, label: string): Promise<BackupFile> => {
    const target = backupPath(localRoot, tier, label);
    await snapshot(target);
    pruneTier(localRoot, tier);
    return listBackupFiles(localRoot).find((b) => b.file === target)!;
  };

  const entries = (root: string, location: BackupLocation): BackupEntry[] =>
    listBackupFiles(root).map((b) => ({ id: b.id, location, tier: b.tier, label: b.label, sizeBytes: b.sizeBytes, takenAt: b.modifiedAt }));

  const find = (id: string, location: BackupLocation): BackupFile => {
    const root = location === 'local' ? localRoot : copyFolder();
    // Only a file the list itself shows can be restored: an id is never joined into a path unchecked.
    const found = root ? listBackupFiles(root).find((b) => b.id === id) : undefined;
    if (!found) throw new UserFacingError('not_found', '선택한 백업 파일이 없습니다. 목록을 새로 고쳐 보세요.', 'id');
    return found;
  };

  /** Restore and import replace every record: the file is checked first, and the records as they are now are kept as a backup. */
  const replaceWith = async (file: string) => {
    const problem = inspectDatabaseFile(file, latestVersion);
    if (problem) throw new UserFacingError('invalid_input', `이 파일로 되돌릴 수 없습니다. ${describeFileProblem(problem)}`);
    const safety = await take('safety', fineFileStamp(new Date()));
    await copyToSecondFolder([safety]);
    await replaceDatabase(file);
    log.info('database_replaced', { safetyBackup: safety.id });
    return safety;
  };

  return {
    /** Once a day (at start and then hourly): today's daily copy, and this week's and month's when they are missing. */
    async runDue(today: string): Promise<BackupFile[]> {
      if (!sqlite()) return [];
      clearPartials(localRoot);
      const have = new Set(listBackupFiles(localRoot).map((b) => `${b.tier}:${b.label}`));
      const made: BackupFile[] = [];
      if (!have.has(`daily:${today}`)) made.push(await take('daily', today));
      for (const [tier, label] of [['weekly', weekLabel(today)], ['monthly', today.slice(0, 7)]] as const) {
        if (have.has(`${tier}:${label}`)) continue;
        const daily = backupPath(localRoot, 'daily', today);
        const target = backupPath(localRoot, tier, label);
        await writeAtomically(target, (temporary) => fs.copyFileSync(daily, temporary));
        pruneTier(localRoot, tier);
        made.push(listBackupFiles(localRoot).find((b) => b.file === target)!);
      }
      await copyToSecondFolder(made);
      return made;
    },

    /** "지금 백업". */
    async backupNow(): Promise<BackupEntry> {
      const made = await take('manual', fineFileStamp(new Date()));
      await copyToSecondFolder([made]);
      return entries(localRoot, 'local').find((e) => e.id === made.id)!;
    },

    list() {
      const folder = copyFolder();
      const reachable = folder !== '' && isFolder(folder);
      return {
        backups: [...entries(localRoot, 'local'), ...(reachable ? entries(folder, 'copy') : [])],
        localFolder: localRoot,
        copyFolder: folder,
        copyError: folder && !reachable ? '두 번째 백업 폴더를 찾을 수 없습니다. 폴더가 연결되어 있는지 확인하세요.' : lastCopyError,
      };
    },

    setCopyFolder(folder: string) {
      if (folder && !path.isAbsolute(folder) && !/^(\\\\|\/\/)/.test(folder)) {
        throw new UserFacingError('invalid_input', '두 번째 백업 폴더는 전체 경로로 입력하세요(예: D:\\민원백업 또는 \\\\서버\\공유).', 'folder');
      }
      if (folder && path.resolve(folder).startsWith(path.resolve(dataDir) + path.sep)) {
        throw new UserFacingError('invalid_input', '두 번째 백업 폴더는 데이터 폴더 밖이어야 합니다. 다른 드라이브나 네트워크 폴더를 고르세요.', 'folder');
      }
      if (folder) {
        try {
          fs.mkdirSync(folder, { recursive: true });
          fs.accessSync(folder, fs.constants.W_OK);
        } catch {
          throw new UserFacingError('invalid_input', '그 폴더에 쓸 수 없습니다. 경로와 권한을 확인하세요.', 'folder');
        }
      }
      store.set(COPY_FOLDER_KEY, folder);
      lastCopyError = null;
      return { copyFolder: folder, onNetwork: folder ? isNetworkPath(folder) : false };
    },

    restore: (id: string, location: BackupLocation) => replaceWith(find(id, location).file),

    /** One file with every record and photo, for moving the app to a new PC. */
    async exportForMove(folder: string): Promise<string> {
      if (!path.isAbsolute(folder) && !/^(\\\\|\/\/)/.test(folder)) throw new UserFacingError('invalid_input', '저장할 폴더를 전체 경로로 입력하세요.', 'folder');
      const target = path.join(folder, `minwon-move-${fileStamp(new Date())}.sqlite`);
      try {
        fs.mkdirSync(folder, { recursive: true });
      } catch {
        throw new UserFacingError('invalid_input', '그 폴더에 쓸 수 없습니다. 경로와 권한을 확인하세요.', 'folder');
      }
      await snapshot(target);
      return target;
    },

    async importFromFile(file: string) {
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UserFacingError('not_found', '그 파일을 찾을 수 없습니다. 경로를 확인하세요.', 'file');
      return replaceWith(file);
    },
  };
}

export type BackupService = ReturnType<typeof backupService>;

/**
 * The newest backup that opens as this app's records, from either backup folder: what start-up
 * offers when the live file is damaged. A backup that fails its own check is passed over, not removed.
 */
export function latestGoodBackup(dataDir: string, copyFolder: string, latestVersion: number): BackupFile | null {
  const all = [...listBackupFiles(path.join(dataDir, 'backups')), ...(copyFolder && isFolder(copyFolder) ? listBackupFiles(copyFolder) : [])];
  all.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  return all.find((b) => inspectDatabaseFile(b.file, latestVersion) === null) ?? null;
}

export const backupCopyFolder = (store: KeyValueStore) => {
  const stored = store.get(COPY_FOLDER_KEY);
  return typeof stored === 'string' ? stored : '';
};
