import type { Handlers } from '../ipc/handlerTypes';
import type { BackupService } from './backupService';

type BackupChannel =
  | 'backup.list'
  | 'backup.now'
  | 'backup.restore'
  | 'backup.setCopyFolder'
  | 'backup.exportForMove'
  | 'backup.importFromFile'
  | 'backup.choosePath';

export function backupHandlers(backups: BackupService, choosePath?: (kind: 'folder' | 'file') => Promise<string | null>): Handlers<BackupChannel> {
  return {
    'backup.list': () => backups.list(),
    'backup.now': () => backups.backupNow(),
    'backup.restore': async ({ id, location }) => ({ safetyBackupId: (await backups.restore(id, location)).id }),
    'backup.setCopyFolder': ({ folder }) => backups.setCopyFolder(folder),
    'backup.exportForMove': async ({ folder }) => ({ file: await backups.exportForMove(folder) }),
    'backup.importFromFile': async ({ file }) => ({ safetyBackupId: (await backups.importFromFile(file)).id }),
    'backup.choosePath': async ({ kind }) => ({ path: choosePath ? await choosePath(kind) : null }),
  };
}
