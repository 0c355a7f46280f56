import fs from 'node:fs';
import path from 'node:path';

/**
 * What a backup is kept for, and how many of each: daily copies undo a bad week, weekly ones a bad
 * month, monthly ones a mistake found at the half-year report. 'manual' is "지금 백업"; 'safety' is
 * taken by the app itself just before a restore or an import replaces the records.
 */
export const TIERS = {
  daily: { keep: 14 },
  weekly: { keep: 8 },
  monthly: { keep: 12 },
  manual: { keep: 10 },
  safety: { keep: 10 },
} as const;

export type Tier = keyof typeof TIERS;

export interface BackupFile {
  /** Path relative to the backup folder, with forward slashes: `daily/minwon-2026-12-02.sqlite`. */
  id: string;
  tier: Tier;
  /** Sort key and label: the date, week or time in the name. */
  label: string;
  file: string;
  sizeBytes: number;
  modifiedAt: string;
}

const NAME = /^minwon-(.+)\.sqlite$/;
/** The daily backups of the first version sat at the folder's top level: they still count as daily. */
const LEGACY_DAILY = /^minwon-(\d{4}-\d{2}-\d{2})\.sqlite$/;

/** A backup is written under this suffix and renamed when complete, so a file with the final name is always whole. */
export const PARTIAL = '.partial';

/** Every finished backup in one backup folder (the data folder's or the second copy folder), newest first. */
export function listBackupFiles(root: string): BackupFile[] {
  const found: BackupFile[] = [];
  const add = (tier: Tier, dir: string, name: string, label: string) => {
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    found.push({ id: path.relative(root, file).split(path.sep).join('/'), tier, label, file, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() });
  };
  if (!fs.existsSync(root)) return [];
  for (const name of fs.readdirSync(root)) {
    const legacy = LEGACY_DAILY.exec(name);
    if (legacy) add('daily', root, name, legacy[1]);
  }
  for (const tier of Object.keys(TIERS) as Tier[]) {
    const dir = path.join(root, tier);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const match = NAME.exec(name);
      if (match) add(tier, dir, name, match[1]);
    }
  }
  return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.label.localeCompare(a.label));
}

export const backupPath = (root: string, tier: Tier, label: string) => path.join(root, tier, `minwon-${label}.sqlite`);

/**
 * Writes a backup through a temporary name: `write` fills the temporary file, and only a complete
 * file is renamed into place. A backup killed half-way leaves a `.partial` file that the next run
 * clears, never a broken file under a backup's name.
 */
export async function writeAtomically(target: string, write: (temporary: string) => Promise<void> | void) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = target + PARTIAL;
  fs.rmSync(temporary, { force: true });
  try {
    await write(temporary);
    const fd = fs.openSync(temporary, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Leftovers of a backup that was killed before it finished: never a backup, only in the way. */
export function clearPartials(root: string) {
  for (const dir of [root, ...(Object.keys(TIERS) as Tier[]).map((t) => path.join(root, t))]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) if (name.endsWith(PARTIAL)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Keeps the newest of each tier as TIERS says; the older copies of that tier go. */
export function pruneTier(root: string, tier: Tier) {
  const files = listBackupFiles(root)
    .filter((b) => b.tier === tier)
    .sort((a, b) => b.label.localeCompare(a.label));
  for (const old of files.slice(TIERS[tier].keep)) fs.rmSync(old.file, { force: true });
}
