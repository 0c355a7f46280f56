import { format, parseISO, subYears } from 'date-fns';
import { nowIso, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { DAMAGED_ON_RETURN } from './lending';

/** Loans returned before this day are past the retention period on `today`. */
export const retentionCutoff = (today: string, years: number) => format(subYears(parseISO(today), years), 'yyyy-MM-dd');

/** A loan whose personal data the retention rule destroys (an import brings such a loan in without it). */
export const personalDataExpired = (returnedAt: string | null, today: string, years: number) => returnedAt !== null && returnedAt < retentionCutoff(today, years);

/** What a call's result reads once the loan's personal data is destroyed: the call stays (when, who), its words go. */
export const DESTROYED_CONTACT_RESULT = '파기됨';

/**
 * Destroys the personal data of every loan returned more than `years` years before `today`: the
 * borrower's name and phone (and the 초성 made from the name), and every free text written about the
 * loan, which may hold them too (the loan's note and return note, the results of reminder calls, the
 * return note copied into the wheelchair's history). The stamp of when stays. A loan still out keeps
 * its data: the desk still needs to reach that person. Returns how many loans were purged. `author` is
 * the desk that did it, with no staff member: the app destroys the data by rule, nobody chose to.
 */
export async function purgeExpiredLoanPersonalData(db: Db, today: string, years: number, author: Author): Promise<number> {
  const cutoff = retentionCutoff(today, years);
  const now = nowIso();
  return writeTransaction(db, async (trx) => {
    const expiredLoans = trx.selectFrom('loan').select('id').where('returned_at', 'is not', null).where('returned_at', '<', cutoff);
    const purged = await trx
      .updateTable('loan')
      .set((eb) => ({
        borrower_name: null,
        borrower_phone: null,
        name_choseong: null,
        note: '',
        return_note: '',
        // A loan purged before its notes were (before version 012) keeps the day its name went.
        personal_data_destroyed_at: eb.fn.coalesce('personal_data_destroyed_at', eb.val(now)),
        ...updatedStamp(author, now),
      }))
      .where('returned_at', 'is not', null)
      .where('returned_at', '<', cutoff)
      .where((eb) =>
        eb.or([
          eb('borrower_name', 'is not', null),
          eb('borrower_phone', 'is not', null),
          eb('note', '<>', ''),
          eb('return_note', '<>', ''),
          eb('id', 'in', eb.selectFrom('loan_contact').select('loan_id').where('result', '<>', DESTROYED_CONTACT_RESULT)),
        ]),
      )
      .executeTakeFirst();
    await trx
      .updateTable('loan_contact')
      .set({ result: DESTROYED_CONTACT_RESULT })
      .where('loan_id', 'in', expiredLoans)
      .where('result', '<>', DESTROYED_CONTACT_RESULT)
      .execute();
    await trx
      .updateTable('wheelchair_status_change')
      .set({ reason: DAMAGED_ON_RETURN })
      .where('loan_id', 'in', expiredLoans)
      .where('reason', 'like', `${DAMAGED_ON_RETURN}: %`)
      .execute();
    return Number(purged.numUpdatedRows);
  });
}
