import type { KindnessMonthState, KindnessPickRecord } from '../../shared/contract/kindness';
import type { Db } from '../db/connection';

export interface PickRow {
  id: number;
  month: string;
  staff_id: number;
  name: string;
  department_id: number;
  department_name: string;
  position: string;
  reason: string;
  rule_exception: string | null;
  picked_by_name: string | null;
  confirmed: number;
}

export const toPickRecord = (r: PickRow): KindnessPickRecord => ({
  month: r.month,
  staffId: r.staff_id,
  name: r.name,
  departmentName: r.department_name,
  position: r.position,
  reason: r.reason,
  exception: r.rule_exception,
});

const PICK_SELECT = `
  SELECT p.id, p.month, p.staff_id, s.name, p.department_id, p.department_name, p.position, p.reason, p.rule_exception,
         c.name AS picked_by_name, coalesce(m.confirmed, 0) AS confirmed
  FROM kindness_pick p
  JOIN staff s ON s.id = p.staff_id
  LEFT JOIN staff c ON c.id = p.created_by
  LEFT JOIN kindness_month m ON m.month = p.month`;

/** Owns kindness_pick, kindness_month and kindness_unlock_log: who was picked and whether the month is closed. */
export function pickRepository(db: Db) {
  const stmt = {
    byMonth: db.prepare(`${PICK_SELECT} WHERE p.month = ? ORDER BY p.department_name, s.name`),
    between: db.prepare(`${PICK_SELECT} WHERE p.month BETWEEN ? AND ? ORDER BY p.month, p.department_name, s.name`),
    insert: db.prepare(`
      INSERT INTO kindness_pick (month, staff_id, department_id, department_name, position, reason, rule_exception, created_at, created_by, updated_at, updated_by)
      VALUES (@month, @staffId, @departmentId, @departmentName, @position, @reason, @ruleException, @now, @actor, @now, @actor)`),
    remove: db.prepare(`DELETE FROM kindness_pick WHERE month = ? AND staff_id = ?`),
    month: db.prepare(`
      SELECT m.month, m.confirmed, m.confirmed_at, s.name AS confirmed_by_name
      FROM kindness_month m LEFT JOIN staff s ON s.id = m.confirmed_by WHERE m.month = ?`),
    monthsBetween: db.prepare(`SELECT month, confirmed FROM kindness_month WHERE month BETWEEN ? AND ?`),
    confirm: db.prepare(`
      INSERT INTO kindness_month (month, confirmed, confirmed_at, confirmed_by, updated_at, updated_by)
      VALUES (@month, 1, @now, @actor, @now, @actor)
      ON CONFLICT (month) DO UPDATE SET confirmed = 1, confirmed_at = @now, confirmed_by = @actor, updated_at = @now, updated_by = @actor`),
    logUnlock: db.prepare(`INSERT INTO kindness_unlock_log (month, unlocked_at, unlocked_by, reason) VALUES (@month, @now, @actor, @reason)`),
    reopen: db.prepare(`UPDATE kindness_month SET confirmed = 0, updated_at = @now, updated_by = @actor WHERE month = @month`),
    unlocks: db.prepare(`
      SELECT l.unlocked_at, s.name AS unlocked_by_name, l.reason
      FROM kindness_unlock_log l JOIN staff s ON s.id = l.unlocked_by WHERE l.month = ? ORDER BY l.unlocked_at, l.id`),
    years: db.prepare(`
      SELECT substr(month, 1, 4) AS year FROM kindness_nomination
      UNION SELECT substr(month, 1, 4) FROM kindness_month ORDER BY year`),
  };

  const repo = {
    byMonth: (month: string) => stmt.byMonth.all(month) as PickRow[],

    /** Picks from fromMonth to toMonth (both 'yyyy-MM', both included), confirmed or not. */
    between: (fromMonth: string, toMonth: string) => stmt.between.all(fromMonth, toMonth) as PickRow[],

    insert: (
      pick: {
        month: string;
        staffId: number;
        departmentId: number;
        departmentName: string;
        position: string;
        reason: string;
        ruleException: string | null;
      },
      now: string,
      actorId: number,
    ) => stmt.insert.run({ ...pick, now, actor: actorId }),

    remove: (month: string, staffId: number) => stmt.remove.run(month, staffId).changes,

    isConfirmed: (month: string) => (stmt.month.get(month) as { confirmed: number } | undefined)?.confirmed === 1,

    /** Months that have a row (confirmed or reopened) between the two months. */
    confirmedBetween(fromMonth: string, toMonth: string): Set<string> {
      const rows = stmt.monthsBetween.all(fromMonth, toMonth) as { month: string; confirmed: number }[];
      return new Set(rows.filter((r) => r.confirmed === 1).map((r) => r.month));
    },

    monthState(month: string): KindnessMonthState {
      const row = stmt.month.get(month) as
        | { month: string; confirmed: number; confirmed_at: string | null; confirmed_by_name: string | null }
        | undefined;
      const unlocks = (stmt.unlocks.all(month) as { unlocked_at: string; unlocked_by_name: string; reason: string }[]).map((u) => ({
        unlockedAt: u.unlocked_at,
        unlockedByName: u.unlocked_by_name,
        reason: u.reason,
      }));
      const confirmed = row?.confirmed === 1;
      return {
        month,
        confirmed,
        confirmedAt: confirmed ? (row?.confirmed_at ?? null) : null,
        confirmedByName: confirmed ? (row?.confirmed_by_name ?? null) : null,
        unlocks,
      };
    },

    confirm: (month: string, now: string, actorId: number) => stmt.confirm.run({ month, now, actor: actorId }),

    /** The log row goes first: the database refuses to reopen a month without one at the same moment. */
    unlock(month: string, reason: string, now: string, actorId: number) {
      stmt.logUnlock.run({ month, now, actor: actorId, reason });
      stmt.reopen.run({ month, now, actor: actorId });
    },

    yearsWithRecords: () => (stmt.years.all() as { year: string }[]).map((r) => Number(r.year)),
  };
  return repo;
}

export type PickRepository = ReturnType<typeof pickRepository>;
