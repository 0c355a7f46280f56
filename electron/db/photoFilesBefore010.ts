import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Logger } from '../log';

/**
 * Until version 010 photos were files in the data folder, named by the app (never the uploader's
 * name, so nothing else is ever joined into a path). Their bytes move into the database once, at
 * start-up, on this PC's SQLite file (an office server never had such files); a file that is gone
 * leaves its photo empty, as it already showed. The old files stay where they are: nothing the office
 * had is deleted by an upgrade.
 */
const PHOTO_FOLDERS = [
  { table: 'healing_photo', folder: ['photos', 'healing'], name: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp)$/ },
  { table: 'pledge_photo', folder: ['pledge-photos'], name: /^[0-9a-f]{1,64}\.(jpg|png)$/ },
] as const;

export function adoptPhotoFilesFromBefore010(db: Database.Database, dataDir: string, log: Logger) {
  for (const { table, folder, name } of PHOTO_FOLDERS) {
    const waiting = db.prepare(`SELECT id, file_name FROM ${table} WHERE content IS NULL`).all() as { id: number; file_name: string }[];
    if (waiting.length === 0) continue;
    const store = db.prepare(`UPDATE ${table} SET content = ? WHERE id = ? AND content IS NULL`);
    let adopted = 0;
    for (const { id, file_name } of waiting) {
      const file = path.join(dataDir, ...folder, file_name);
      if (!name.test(file_name) || !fs.existsSync(file)) continue;
      store.run(fs.readFileSync(file), id);
      adopted++;
    }
    log.info('photo_files_adopted', { table, adopted, missing: waiting.length - adopted });
  }
}
