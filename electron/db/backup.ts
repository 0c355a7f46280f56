import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './connection';

const KEEP = 14;

/**
 * One backup a day, the newest fourteen kept: enough to undo a bad week without filling the
 * profile. Photos are files beside the database; their names are never reused, so copying the
 * new ones keeps the backup whole without copying everything every day.
 */
export async function backupDaily(db: Db, dataDir: string, today: string): Promise<string | null> {
  const backupDir = path.join(dataDir, 'backups');
  fs.mkdirSync(backupDir, { recursive: true });
  const photos = path.join(dataDir, 'photos');
  if (fs.existsSync(photos)) fs.cpSync(photos, path.join(backupDir, 'photos'), { recursive: true, force: false });

  const target = path.join(backupDir, `minwon-${today}.sqlite`);
  if (fs.existsSync(target)) return null;
  await db.backup(target);
  const old = fs
    .readdirSync(backupDir)
    .filter((f) => /^minwon-\d{4}-\d{2}-\d{2}\.sqlite$/.test(f))
    .sort()
    .slice(0, -KEEP);
  for (const f of old) fs.rmSync(path.join(backupDir, f));
  return target;
}
