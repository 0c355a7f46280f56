import { format, parseISO, subYears } from 'date-fns';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

/** Every deliberate showing of a borrower's full name or phone: one row in personal_data_view (migration 002). */
export function personalDataViewLog(db: Db) {
  const insert = db.prepare(`
    INSERT INTO personal_data_view (viewed_at, staff_id, record_kind, record_id, purpose)
    VALUES (@now, @staffId, 'loan', @loanId, @purpose)`);
  const logMany = writeTransaction(db, (loanIds: number[], staffId: number | null, purpose: string) => {
    const now = nowIso();
    for (const loanId of loanIds) insert.run({ now, staffId, loanId, purpose });
  });
  const seenOn = db.prepare(`
    SELECT 1 FROM personal_data_view
    WHERE record_kind = 'loan' AND record_id = @loanId AND staff_id IS @staffId AND purpose = @purpose
      AND viewed_at >= @dayStart AND viewed_at < @dayEnd
    LIMIT 1`);
  // The overdue list shows phones every time it is opened or reloads after a change: the first showing
  // of a loan to a staff member on a desk day is the view that matters, so the log keeps one row for it
  // instead of one per reload (which would bury the ledger's deliberate views under noise).
  const logDaily = writeTransaction(db, (loanIds: number[], staffId: number | null, purpose: string, day: string) => {
    const range = { staffId, purpose, ...deskDayInUtc(day) };
    const now = nowIso();
    for (const loanId of loanIds) if (!seenOn.get({ ...range, loanId })) insert.run({ now, staffId, loanId, purpose });
  });
  return {
    logView: (loanId: number, staffId: number | null, purpose: string) => logMany([loanId], staffId, purpose),
    /** One row per loan, staff member and desk day (Korean date), however often the list is shown that day. */
    logDailyViews: (loanIds: number[], staffId: number | null, purpose: string, day: string) => logDaily(loanIds, staffId, purpose, day),
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
 * desk still needs to reach that person. Returns how many loans were purged.
 */
export function purgeExpiredLoanPersonalData(db: Db, today: string, years: number): number {
  const cutoff = format(subYears(parseISO(today), years), 'yyyy-MM-dd');
  const now = nowIso();
  return db
    .prepare(`
      UPDATE loan SET borrower_name = NULL, borrower_phone = NULL, name_choseong = NULL,
             personal_data_destroyed_at = @now, updated_at = @now
      WHERE returned_at IS NOT NULL AND returned_at < @cutoff AND personal_data_destroyed_at IS NULL
        AND (borrower_name IS NOT NULL OR borrower_phone IS NOT NULL)`)
    .run({ cutoff, now }).changes;
}
