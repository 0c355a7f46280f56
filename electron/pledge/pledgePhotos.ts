import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Logger } from '../log';

/** Names the app generated for the card's photos before version 010 (hex digits): nothing else is joined into a path. */
const SAFE_NAME = /^[0-9a-f]{1,64}\.(jpg|png)$/;

/**
 * Until version 010 the card's photos were files under pledge-photos/. Their bytes move into the
 * database once, at start-up; a file that is gone leaves its photo empty, as it already showed.
 * The old files are left where they are: nothing the office had is deleted by an upgrade.
 */
export function adoptPledgePhotoFiles(db: Database.Database, dataDir: string, log: Logger) {
  const waiting = db.prepare(`SELECT id, file_name FROM pledge_photo WHERE content IS NULL`).all() as { id: number; file_name: string }[];
  if (waiting.length === 0) return;
  const store = db.prepare(`UPDATE pledge_photo SET content = ? WHERE id = ? AND content IS NULL`);
  let adopted = 0;
  for (const { id, file_name } of waiting) {
    const file = path.join(dataDir, 'pledge-photos', file_name);
    if (!SAFE_NAME.test(file_name) || !fs.existsSync(file)) continue;
    store.run(fs.readFileSync(file), id);
    adopted++;
  }
  log.info('pledge_photos_adopted', { adopted, missing: waiting.length - adopted });
}
