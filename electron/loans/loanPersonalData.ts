import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subYears } from 'date-fns/subYears';
import { sql } from 'kysely';
import { nowIso, updatedStamp, type Author } from '../db/audit';
import { engineOf } from '../db/engine';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { DAMAGED_ON_RETURN } from './lending';
import { compactLoanSearch } from './searchIndex';

/** Loans returned before this day are past the retention period on `today`. */
export const retentionCutoff = (today: string, years: number) => format(subYears(parseISO(today), years), 'yyyy-MM-dd');

/** A loan whose personal data the retention rule destroys (an import brings such a loan in without it). */
export const personalDataExpired = (returnedAt: string | null, today: string, years: number) => returnedAt !== null && returnedAt < retentionCutoff(today, years);

/** What a call's result reads once the loan's personal data is destroyed: the call stays (when, who), its words go. */
export const DESTROYED_CONTACT_RESULT = '파기됨';

/**
 * The loans whose personal data's time has come, as a SELECT of ids read through loan_personal_data_due
 * (migration 014), whose WHERE is this one's. SQLite names the index: its statistics are taken while few
 * loans are destroyed yet (ANALYZE, PRAGMA optimize), and with them the planner read the whole loan
 * table on every start (54 ms on ten years, against 20 ms wanted) to find the none that were due.
 */
export const loansDueForPurge = (db: Db, cutoff: string) =>
  engineOf(db) === 'sqlite'
    ? sql<{ id: number }>`SELECT id FROM loan INDEXED BY loan_personal_data_due WHERE personal_data_destroyed_at IS NULL AND returned_at < ${cutoff}`
    : sql<{ id: number }>`SELECT id FROM loan WHERE personal_data_destroyed_at IS NULL AND returned_at < ${cutoff}`;

/** Loans per statement when the purged loans' calls and wheelchair history follow: well under both engines' parameter limits. */
const CHUNK = 500;

/**
 * Destroys the personal data of every loan returned more than `years` years before `today`: the
 * borrower's name and phone (and the 초성 made from the name), and every free text written about the
 * loan, which may hold them too (the loan's note and return note, the results of reminder calls, the
 * return note copied into the wheelchair's history). The stamp of when stays. A loan still out keeps
 * its data: the desk still needs to reach that person. Returns how many loans were purged. `author` is
 * the desk that did it, with no staff member: the app destroys the data by rule, nobody chose to.
 *
 * It reads through loan_personal_data_due (migration 014): only the loans not destroyed yet are in it,
 * so a later start reads just the loans whose time has come.
 */
export async function purgeExpiredLoanPersonalData(db: Db, today: string, years: number, author: Author): Promise<number> {
  const cutoff = retentionCutoff(today, years);
  const now = nowIso();
  return writeTransaction(db, async (trx) => {
    const purged = await trx
      .updateTable('loan')
      .set({ borrower_name: null, borrower_phone: null, name_choseong: null, note: '', return_note: '', personal_data_destroyed_at: now, ...updatedStamp(author, now) })
      .where(sql<boolean>`id IN (${loansDueForPurge(trx, cutoff)})`)
      .returning('id')
      .execute();
    const ids = purged.map((loan) => loan.id);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await trx.updateTable('loan_contact').set({ result: DESTROYED_CONTACT_RESULT }).where('loan_id', 'in', chunk).where('result', '<>', DESTROYED_CONTACT_RESULT).execute();
      await trx
        .updateTable('wheelchair_status_change')
        .set({ reason: DAMAGED_ON_RETURN })
        .where('loan_id', 'in', chunk)
        .where('reason', 'like', `${DAMAGED_ON_RETURN}: %`)
        .execute();
    }
    // The search index's triggers took the loans out; this makes their trigrams leave the file too.
    if (ids.length > 0) await compactLoanSearch(trx);
    return ids.length;
  });
}
