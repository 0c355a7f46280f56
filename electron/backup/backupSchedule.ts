import { deskToday } from '../../shared/korean/deskClock';
import type { Logger } from '../log';
import type { BackupService } from './backupService';

const HOUR = 60 * 60 * 1000;

/**
 * Backups run when the app starts and then every hour, so a PC left on over midnight still gets
 * the new day's copy. One run at a time: a slow copy to a network folder must not overlap the next.
 */
export function startBackupSchedule(backups: BackupService, log: Logger): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await backups.runDue(deskToday());
    } catch (error) {
      log.error('backup_failed', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), HOUR);
  timer.unref?.();
  return () => clearInterval(timer);
}
