import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subYears } from 'date-fns/subYears';
import { nowIso, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { compactLoanSearch } from './searchIndex';

const LOAN_RECORD = { record_kind: 'loan' } as const;

/** Every deliberate showing of a borrower's full name or phone: one row in personal_data_view (migration 002). */
export function personalDataViewLog(db: Db) {
  return {
    logView: (loanId: number, staffId: number | null, purpose: string) =>
      writeTransaction(db, (trx) =>
        trx.insertInto('personal_data_view').values({ viewed_at: nowIso(), staff_id: staffId, ...LOAN_RECORD, record_id: loanId, purpose }).execute(),
      ),

    /**
     * One row per loan, staff member and desk day (Korean date), however often the list is shown that day.
     * The overdue list shows phones every time it is opened or reloads after a change: the first showing
     * of a loan to a staff member on a desk day is the view that matters, so the log keeps one row for it
     * instead of one per reload (which would bury the ledger's deliberate views under noise).
     */
    logDailyViews: (loanIds: number[], staffId: number | null, purpose: string, day: string) =>
      writeTransaction(db, async (trx) => {
        const { dayStart, dayEnd } = deskDayInUtc(day);
        const seen = await trx
          .selectFrom('personal_data_view')
          .select('record_id')
          .where('record_kind', '=', 'loan')
          .where('record_id', 'in', loanIds)
          .where((eb) => (staffId === null ? eb('staff_id', 'is', null) : eb('staff_id', '=', staffId)))
          .where('purpose', '=', purpose)
          .where('viewed_at', '>=', dayStart)
          .where('viewed_at', '<', dayEnd)
          .execute();
        const already = new Set(seen.map((r) => r.record_id));
        const now = nowIso();
        const unseen = loanIds.filter((id) => !already.has(id));
        if (unseen.length === 0) return;
        await trx
          .insertInto('personal_data_view')
          .values(unseen.map((loanId) => ({ viewed_at: now, staff_id: staffId, ...LOAN_RECORD, record_id: loanId, purpose })))
          .execute();
      }),
  };
}

/** viewed_at is UTC ISO; the desk's day is Korean time (UTC+9, no daylight saving). */
function deskDayInUtc(day: string) {
  const start = new Date(`${day}T00:00:00+09:00`);
  return { dayStart: start.toISOString(), dayEnd: new Date(start.getTime() + 86_400_000).toISOString() };
}

/**
 * Destroys the borrower's name and phone (and the 초성 made from the name) of every loan returned more
 * than `years` years before `today`, keeping the stamp of when. A loan still out keeps its data: the
 * desk still needs to reach that person. Returns how many loans were purged. `author` is the desk that
 * did it, with no staff member: the app destroys the data by rule, nobody chose to.
 */
export async function purgeExpiredLoanPersonalData(db: Db, today: string, years: number, author: Author): Promise<number> {
  const cutoff = format(subYears(parseISO(today), years), 'yyyy-MM-dd');
  const now = nowIso();
  // Read through loan_personal_data_due (migration 014), whose WHERE is this one's: only the loans
  // still holding personal data are in it, so a later start reads just the loans whose time has come.
  return writeTransaction(db, async (trx) => {
    const purged = await trx
      .updateTable('loan')
      .set({ borrower_name: null, borrower_phone: null, name_choseong: null, personal_data_destroyed_at: now, ...updatedStamp(author, now) })
      .where('personal_data_destroyed_at', 'is', null)
      .where((eb) => eb.or([eb('borrower_name', 'is not', null), eb('borrower_phone', 'is not', null)]))
      .where('returned_at', 'is not', null)
      .where('returned_at', '<', cutoff)
      .executeTakeFirst();
    const n = Number(purged.numUpdatedRows);
    // The search index's triggers took the loans out; this makes their trigrams leave the file too.
    if (n > 0) await compactLoanSearch(trx);
    return n;
  });
}
