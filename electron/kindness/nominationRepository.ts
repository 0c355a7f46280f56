import { kindnessSourceLabels, type KindnessNomination, type KindnessSource } from '../../shared/contract/kindness';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';

interface NominationRow {
  id: number;
  month: string;
  staff_id: number;
  staff_name: string;
  department_name: string;
  position: string;
  source: KindnessSource;
  evidence: string;
  received_on: string;
  entered_by: number;
  entered_by_name: string;
}

const toNomination = (r: NominationRow): KindnessNomination => ({
  id: r.id,
  month: r.month,
  staffId: r.staff_id,
  staffName: r.staff_name,
  departmentName: r.department_name,
  position: r.position,
  source: r.source,
  sourceLabel: kindnessSourceLabels[r.source],
  evidence: r.evidence,
  receivedOn: r.received_on,
  enteredById: r.entered_by,
  enteredByName: r.entered_by_name,
});

const NOMINATION_SELECT = `
  SELECT n.id, n.month, n.staff_id, s.name AS staff_name, d.name AS department_name, s.position,
         n.source, n.evidence, n.received_on, n.entered_by, e.name AS entered_by_name
  FROM kindness_nomination n
  JOIN staff s ON s.id = n.staff_id
  JOIN department d ON d.id = s.department_id
  JOIN staff e ON e.id = n.entered_by`;

export interface NominationFields {
  month: string;
  staffId: number;
  source: KindnessSource;
  evidence: string;
  receivedOn: string;
  enteredById: number;
}

/** Owns kindness_nomination and kindness_rating: what was said about whom, and the team lead's ratings. */
export function nominationRepository(db: Db) {
  const stmt = {
    byMonth: db.prepare(`${NOMINATION_SELECT} WHERE n.month = ? ORDER BY n.received_on, n.id`),
    byId: db.prepare(`${NOMINATION_SELECT} WHERE n.id = ?`),
    insert: db.prepare(`
      INSERT INTO kindness_nomination (month, staff_id, source, evidence, received_on, entered_by, created_at, created_by, updated_at, updated_by)
      VALUES (@month, @staffId, @source, @evidence, @receivedOn, @enteredById, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE kindness_nomination SET month = @month, staff_id = @staffId, source = @source, evidence = @evidence,
             received_on = @receivedOn, entered_by = @enteredById, updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    remove: db.prepare(`DELETE FROM kindness_nomination WHERE id = ?`),
    countFor: db.prepare(`SELECT count(*) AS n FROM kindness_nomination WHERE month = ? AND staff_id = ?`),
    monthCounts: db.prepare(`SELECT count(*) AS nominations, count(DISTINCT staff_id) AS nominees FROM kindness_nomination WHERE month = ?`),
    countsBetween: db.prepare(`SELECT month, count(*) AS n FROM kindness_nomination WHERE month BETWEEN ? AND ? GROUP BY month`),
    ratings: db.prepare(`SELECT staff_id, criterion_id, rating FROM kindness_rating WHERE month = ?`),
    upsertRating: db.prepare(`
      INSERT INTO kindness_rating (month, staff_id, criterion_id, rating, created_at, created_by, updated_at, updated_by)
      VALUES (@month, @staffId, @criterionId, @rating, @now, @actor, @now, @actor)
      ON CONFLICT (month, staff_id, criterion_id) DO UPDATE SET rating = excluded.rating, updated_at = excluded.updated_at, updated_by = excluded.updated_by
      WHERE rating <> excluded.rating`),
    clearRating: db.prepare(`DELETE FROM kindness_rating WHERE month = ? AND staff_id = ? AND criterion_id = ?`),
    clearRatingsOf: db.prepare(`DELETE FROM kindness_rating WHERE month = ? AND staff_id = ?`),
  };

  return {
    byMonth: (month: string): KindnessNomination[] => (stmt.byMonth.all(month) as NominationRow[]).map(toNomination),

    byId(id: number): KindnessNomination | null {
      const row = stmt.byId.get(id) as NominationRow | undefined;
      return row ? toNomination(row) : null;
    },

    insert: (fields: NominationFields, actorId: number | null): number =>
      Number(stmt.insert.run({ ...fields, now: nowIso(), actor: actorId }).lastInsertRowid),

    update: (id: number, fields: NominationFields, actorId: number | null) => stmt.update.run({ ...fields, id, now: nowIso(), actor: actorId }),

    remove: (id: number) => stmt.remove.run(id),

    countFor: (month: string, staffId: number) => (stmt.countFor.get(month, staffId) as { n: number }).n,

    monthCounts: (month: string) => stmt.monthCounts.get(month) as { nominations: number; nominees: number },

    /** Nominations per month, for the months that have any. */
    countsBetween(fromMonth: string, toMonth: string): Map<string, number> {
      const rows = stmt.countsBetween.all(fromMonth, toMonth) as { month: string; n: number }[];
      return new Map(rows.map((r) => [r.month, r.n]));
    },

    ratings: (month: string) => stmt.ratings.all(month) as { staff_id: number; criterion_id: number; rating: number }[],

    setRating(month: string, staffId: number, criterionId: number, rating: number | null, actorId: number | null) {
      if (rating === null) stmt.clearRating.run(month, staffId, criterionId);
      else stmt.upsertRating.run({ month, staffId, criterionId, rating, now: nowIso(), actor: actorId });
    },

    /** Ratings mean nothing once the person has no nomination left that month. */
    clearRatingsOf: (month: string, staffId: number) => stmt.clearRatingsOf.run(month, staffId),
  };
}

export type NominationRepository = ReturnType<typeof nominationRepository>;
