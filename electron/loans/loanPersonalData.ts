import { format, parseISO, subYears } from 'date-fns';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';

/** Every deliberate showing of a borrower's full name or phone: one row in personal_data_view (migration 002). */
export function personalDataViewLog(db: Db) {
  const insert = db.prepare(`
    INSERT INTO personal_data_view (viewed_at, staff_id, record_kind, record_id, purpose)
    VALUES (@now, @staffId, 'loan', @loanId, @purpose)`);
  const logMany = db.transaction((loanIds: number[], staffId: number | null, purpose: string) => {
    const now = nowIso();
    for (const loanId of loanIds) insert.run({ now, staffId, loanId, purpose });
  });
  return {
    logView: (loanId: number, staffId: number | null, purpose: string) => logMany([loanId], staffId, purpose),
    logViews: (loanIds: number[], staffId: number | null, purpose: string) => logMany(loanIds, staffId, purpose),
  };
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
