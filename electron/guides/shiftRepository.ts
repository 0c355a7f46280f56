import { shiftMinutes, type GuideShift, type ShiftSlot, type ShiftStatus } from '../../shared/contract/guides';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';

interface ShiftRow {
  id: number;
  date: string;
  slot: ShiftSlot;
  start_time: string;
  end_time: string;
  post: string;
  helper_id: number;
  helper_name: string;
  status: ShiftStatus;
  replacement_helper_id: number | null;
  replacement_name: string | null;
  note: string;
}

const toShift = (r: ShiftRow): GuideShift => ({
  id: r.id,
  date: r.date,
  slot: r.slot,
  startTime: r.start_time,
  endTime: r.end_time,
  post: r.post,
  helperId: r.helper_id,
  helperName: r.helper_name,
  status: r.status,
  replacementHelperId: r.replacement_helper_id,
  replacementName: r.replacement_name,
  note: r.note,
  minutes: shiftMinutes(r.start_time, r.end_time),
});

const SELECT = `
  SELECT s.id, s.date, s.slot, s.start_time, s.end_time, s.post, s.helper_id, h.name AS helper_name, s.status,
         s.replacement_helper_id, r.name AS replacement_name, s.note
  FROM guide_shift s
  JOIN guide_helper h ON h.id = s.helper_id
  LEFT JOIN guide_helper r ON r.id = s.replacement_helper_id`;

export interface ShiftPlace {
  date: string;
  slot: ShiftSlot;
  startTime: string;
  endTime: string;
  post: string;
}

/** The trigger's refusal, recognised so the logic can answer in Korean. */
export const isOverlapViolation = (error: unknown) => error instanceof Error && error.message.includes('guide_shift_overlap');

/** Owns the guide_shift table. */
export function shiftRepository(db: Db) {
  const stmt = {
    between: db.prepare(`${SELECT} WHERE s.date BETWEEN ? AND ? ORDER BY s.date, s.start_time, s.post, h.name`),
    byId: db.prepare(`${SELECT} WHERE s.id = ?`),
    overlapping: db.prepare(`
      ${SELECT}
      WHERE s.date = @date AND s.status <> 'absent' AND s.id <> @exceptId
        AND coalesce(s.replacement_helper_id, s.helper_id) = @helperId
        AND s.start_time < @endTime AND @startTime < s.end_time
      LIMIT 1`),
    insert: db.prepare(`
      INSERT INTO guide_shift (date, slot, start_time, end_time, post, helper_id, note, created_at, created_by, updated_at, updated_by)
      VALUES (@date, @slot, @startTime, @endTime, @post, @helperId, @note, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE guide_shift SET date = @date, slot = @slot, start_time = @startTime, end_time = @endTime, post = @post,
             helper_id = @helperId, note = @note, updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    place: db.prepare(`
      UPDATE guide_shift SET date = @date, slot = @slot, start_time = @startTime, end_time = @endTime, post = @post,
             updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    status: db.prepare(`
      UPDATE guide_shift SET status = @status, replacement_helper_id = @replacementHelperId, updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    delete: db.prepare(`DELETE FROM guide_shift WHERE id = ?`),
  };

  const repo = {
    between: (from: string, to: string): GuideShift[] => (stmt.between.all(from, to) as ShiftRow[]).map(toShift),

    byId: (id: number): GuideShift | null => {
      const row = stmt.byId.get(id) as ShiftRow | undefined;
      return row ? toShift(row) : null;
    },

    require(id: number, field = 'id'): GuideShift {
      const shift = repo.byId(id);
      if (!shift) throw new UserFacingError('not_found', '선택한 근무가 없습니다. 다른 PC에서 지웠을 수 있습니다.', field);
      return shift;
    },

    /** The shift the person is already expected at during those hours, if any. */
    overlapping: (helperId: number, when: { date: string; startTime: string; endTime: string }, exceptId = 0): GuideShift | null => {
      const row = stmt.overlapping.get({ ...when, helperId, exceptId }) as ShiftRow | undefined;
      return row ? toShift(row) : null;
    },

    insert: (fields: ShiftPlace & { helperId: number; note: string }, actorId: number | null): number =>
      Number(stmt.insert.run({ ...fields, now: nowIso(), actor: actorId }).lastInsertRowid),

    update: (id: number, fields: ShiftPlace & { helperId: number; note: string }, actorId: number | null) =>
      stmt.update.run({ ...fields, id, now: nowIso(), actor: actorId }),

    place: (id: number, where: ShiftPlace, actorId: number | null) => stmt.place.run({ ...where, id, now: nowIso(), actor: actorId }),

    setStatus: (id: number, status: ShiftStatus, replacementHelperId: number | null, actorId: number | null) =>
      stmt.status.run({ id, status, replacementHelperId, now: nowIso(), actor: actorId }),

    delete: (id: number) => stmt.delete.run(id),
  };
  return repo;
}

export type ShiftRepository = ReturnType<typeof shiftRepository>;
