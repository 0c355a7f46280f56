import fs from 'node:fs';
import { dateWithWeekday, deskNow } from '../../shared/korean/deskClock';
import { latestGoodBackup } from '../backup/backupService';
import type { BackupFile } from '../backup/backupFolder';
import { databaseFileOf, type DatabaseStartError } from '../core';
import { setAsideDatabaseFile } from './databaseFile';
import { latestSchemaVersion } from './migrator';

export type RecoveryChoice = 'restore_backup' | 'start_empty' | 'quit';

export interface RecoveryOffer {
  /** What is wrong, for the dialog's title line. */
  message: string;
  /** What each choice does, and that nothing is deleted. */
  detail: string;
  /** The choices that make sense here, in the order the dialog shows them. */
  choices: { choice: RecoveryChoice; label: string }[];
  backup: BackupFile | null;
}

/**
 * What the person at the PC is offered when the records will not open: the newest backup that
 * passes its check, an empty start, or quitting to call for help. Whatever they pick, the file that
 * failed is kept (moved aside under a dated name), never written over.
 */
export function recoveryOffer(error: DatabaseStartError, dataDir: string, copyFolder: string): RecoveryOffer {
  if (error.problem.kind === 'network_location') {
    return { message: error.message, detail: '프로그램을 끝냅니다. 관리자에게 데이터 폴더 위치를 문의하세요.', choices: [{ choice: 'quit', label: '끝내기' }], backup: null };
  }
  const backup = latestGoodBackup(dataDir, copyFolder, latestSchemaVersion());
  const taken = backup ? deskNow(new Date(backup.modifiedAt)) : null;
  const when = taken ? `${dateWithWeekday(taken.date)} ${taken.time}` : '';
  const choices: RecoveryOffer['choices'] = [
    ...(backup ? [{ choice: 'restore_backup' as const, label: `최근 백업으로 되살리기 (${when})` }] : []),
    { choice: 'start_empty', label: '빈 데이터로 시작' },
    { choice: 'quit', label: '끝내기' },
  ];
  const detail = [
    '지금 파일은 지우지 않고 날짜를 붙인 이름으로 옮겨 둡니다(데이터 폴더 안).',
    backup ? `되살리면 ${when}의 백업 이후에 입력한 기록은 빠집니다.` : '되살릴 수 있는 백업이 없습니다.',
    "'끝내기'를 고르면 아무것도 바꾸지 않고 끝냅니다. 관리자에게 파일 점검을 요청할 수 있습니다.",
  ].join('\n');
  return { message: error.message, detail, choices, backup };
}

/** Carries out the choice; returns where the failed file was kept. 'quit' changes nothing. */
export function applyRecovery(choice: RecoveryChoice, dataDir: string, backup: BackupFile | null): { setAsidePath: string | null } {
  if (choice === 'quit') return { setAsidePath: null };
  const file = databaseFileOf(dataDir);
  const setAsidePath = fs.existsSync(file) ? setAsideDatabaseFile(file) : null;
  if (choice === 'restore_backup') {
    if (!backup) throw new Error('no backup to restore');
    // Copied, not moved: the backup stays a backup.
    fs.copyFileSync(backup.file, file);
  }
  return { setAsidePath };
}
