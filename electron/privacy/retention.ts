import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subYears } from 'date-fns/subYears';
import { sql } from 'kysely';
import { ACCESS_RECORD_YEARS } from '../../shared/contract/privacy';
import type { Author } from '../db/audit';
import { engineOf } from '../db/engine';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { purgeExpiredLoanPersonalData } from '../loans/loanPersonalData';
import { kstDayInUtc } from './deskTime';

/**
 * 접속기록 older than ACCESS_RECORD_YEARS before `today` (the desk's date) are destroyed: kept at least
 * two years (안전성 확보조치 기준 제8조②), then no longer (개인정보 보호법 제21조). Those carried over
 * from the earlier view log (002) go the same way. Returns how many went.
 */
export async function purgeExpiredAccessRecords(db: Db, today: string): Promise<number> {
  const { start } = kstDayInUtc(format(subYears(parseISO(today), ACCESS_RECORD_YEARS), 'yyyy-MM-dd'));
  const gone = await writeTransaction(db, (trx) => trx.deleteFrom('access_record').where('accessed_at', '<', start).executeTakeFirst());
  return Number(gone.numDeletedRows);
}

/**
 * Makes destroyed data gone from the file's bytes too. SQLite's secure_delete (electron/db/records.ts)
 * overwrites what a change removes, but in WAL mode the change first lands in the -wal file, while
 * the main file and the earlier frames of the -wal still hold the old pages, names and phones included.
 * A TRUNCATE checkpoint writes the changed pages into the main file and empties the -wal. On the office
 * server a purge is an UPDATE whose old row versions PostgreSQL's VACUUM (autovacuum) removes (README).
 * Returns false when another connection kept the checkpoint from finishing (the next purge tries again).
 */
export async function eraseDestroyedBytes(db: Db): Promise<boolean> {
  if (engineOf(db) !== 'sqlite') return true;
  const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  return rows[0]?.busy === 0;
}

export interface PurgeResult {
  loans: number;
  accessRecords: number;
  /** The destroyed data is gone from the file's bytes as well (SQLite), or left to VACUUM (PostgreSQL). */
  bytesErased: boolean;
}

/**
 * The retention purge the app runs once its window is up (core.afterStart): borrowers' personal data
 * past the office's retention period (names, phones and the notes about the loan), access records past
 * two years, and then the bytes they leave in the file.
 */
export async function purgeExpiredPersonalData(db: Db, today: string, retentionYears: number, author: Author): Promise<PurgeResult> {
  const loans = await purgeExpiredLoanPersonalData(db, today, retentionYears, author);
  const accessRecords = await purgeExpiredAccessRecords(db, today);
  const bytesErased = loans + accessRecords > 0 ? await eraseDestroyedBytes(db) : true;
  return { loans, accessRecords, bytesErased };
}
