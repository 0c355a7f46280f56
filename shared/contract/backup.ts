import { z } from 'zod';
import { withParticle } from '../korean/particles';
import { command, query } from './channel';
import { noInput } from './fields';

export type BackupTier = 'daily' | 'weekly' | 'monthly' | 'manual' | 'safety';
/** 'local': the data folder's backups/; 'copy': the second backup folder set on this PC. */
export type BackupLocation = 'local' | 'copy';

export interface BackupEntry {
  id: string;
  location: BackupLocation;
  tier: BackupTier;
  /** The date, week (2026-W49), month or time the backup stands for. */
  label: string;
  sizeBytes: number;
  takenAt: string;
}

export interface BackupOverview {
  backups: BackupEntry[];
  localFolder: string;
  copyFolder: string;
  /** Korean, when the second folder could not be reached at the last copy. */
  copyError: string | null;
}

export const backupTierLabel: Record<BackupTier, string> = {
  daily: '매일',
  weekly: '매주',
  monthly: '매월',
  manual: '수동',
  safety: '되돌리기 전',
};

/** A folder or file path typed or picked on this PC; the main process checks it exists and can be written. */
const localPath = (label: string) =>
  z
    .string({ error: `${withParticle(label, '을/를')} 입력하세요.` })
    .trim()
    .max(1000, `${withParticle(label, '은/는')} 1000자 이내로 입력하세요.`);

export const backupContract = {
  'backup.list': query<BackupOverview>()(noInput),
  'backup.now': command<BackupEntry>()(noInput),
  /** Replaces every record with a backup's, after keeping the present ones as a 'safety' backup. */
  'backup.restore': command<{ safetyBackupId: string }>()(
    z.strictObject({ id: z.string({ error: '백업을 고르세요.' }).min(1, '백업을 고르세요.').max(300), location: z.enum(['local', 'copy']) }),
  ),
  /** '' turns the second copy off. */
  'backup.setCopyFolder': command<{ copyFolder: string; onNetwork: boolean }>()(z.strictObject({ folder: localPath('폴더') })),
  /** One file with every record and photo, written into the folder given, for moving to a new PC. */
  'backup.exportForMove': command<{ file: string }>()(z.strictObject({ folder: localPath('폴더').min(1, '저장할 폴더를 입력하세요.') })),
  'backup.importFromFile': command<{ safetyBackupId: string }>()(z.strictObject({ file: localPath('파일').min(1, '가져올 파일을 입력하세요.') })),
  /** The PC's own folder or file picker, where there is one (the app); the preview answers null and the path is typed. */
  'backup.choosePath': query<{ path: string | null }>()(z.strictObject({ kind: z.enum(['folder', 'file']) })),
};
