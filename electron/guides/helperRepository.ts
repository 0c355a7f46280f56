import type { GuideHelper, HelperKind } from '../../shared/contract/guides';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';

interface HelperRow {
  id: number;
  name: string;
  contact: string;
  kind: HelperKind;
  active_from: string;
  active_to: string | null;
  quota_hours_per_day: number | null;
  quota_days_per_month: number | null;
  note: string;
}

const toHelper = (r: HelperRow): GuideHelper => ({
  id: r.id,
  name: r.name,
  contact: r.contact,
  kind: r.kind,
  activeFrom: r.active_from,
  activeTo: r.active_to,
  quotaHoursPerDay: r.quota_hours_per_day,
  quotaDaysPerMonth: r.quota_days_per_month,
  note: r.note,
});

export type HelperFields = Omit<GuideHelper, 'id'>;

/** Owns the guide_helper table. */
export function helperRepository(db: Db) {
  const stmt = {
    list: db.prepare(`
      SELECT * FROM guide_helper
      WHERE @includeInactive OR active_to IS NULL OR active_to >= @today
      ORDER BY name, id`),
    byId: db.prepare(`SELECT * FROM guide_helper WHERE id = ?`),
    insert: db.prepare(`
      INSERT INTO guide_helper (name, contact, kind, active_from, active_to, quota_hours_per_day, quota_days_per_month, note,
                                created_at, created_by, updated_at, updated_by)
      VALUES (@name, @contact, @kind, @activeFrom, @activeTo, @quotaHoursPerDay, @quotaDaysPerMonth, @note, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE guide_helper SET name = @name, contact = @contact, kind = @kind, active_from = @activeFrom, active_to = @activeTo,
             quota_hours_per_day = @quotaHoursPerDay, quota_days_per_month = @quotaDaysPerMonth, note = @note,
             updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    shiftsOutside: db.prepare(`
      SELECT min(date) AS first, count(*) AS n FROM guide_shift
      WHERE (helper_id = @id OR replacement_helper_id = @id) AND (date < @activeFrom OR (@activeTo IS NOT NULL AND date > @activeTo))`),
  };

  const repo = {
    list: (includeInactive: boolean, today: string): GuideHelper[] =>
      (stmt.list.all({ includeInactive: includeInactive ? 1 : 0, today }) as HelperRow[]).map(toHelper),

    byId: (id: number): GuideHelper | null => {
      const row = stmt.byId.get(id) as HelperRow | undefined;
      return row ? toHelper(row) : null;
    },

    require(id: number, field = 'helperId'): GuideHelper {
      const helper = repo.byId(id);
      if (!helper) throw new UserFacingError('not_found', '선택한 도우미가 없습니다.', field);
      return helper;
    },

    save(input: HelperFields & { id?: number }, actorId: number | null): GuideHelper {
      const params = { ...input, now: nowIso(), actor: actorId };
      let id = input.id;
      if (id === undefined) {
        id = Number(stmt.insert.run(params).lastInsertRowid);
      } else {
        // Shortening the active period must not strand shifts already on the calendar outside it.
        const outside = stmt.shiftsOutside.get({ id, activeFrom: input.activeFrom, activeTo: input.activeTo }) as { first: string | null; n: number };
        if (outside.n > 0) {
          throw new UserFacingError('conflict', `활동 기간 밖에 근무 ${outside.n}건이 있습니다(${outside.first} 등). 근무를 먼저 옮기거나 지우세요.`, 'activeTo');
        }
        if (stmt.update.run({ ...params, id }).changes === 0) throw new UserFacingError('not_found', '수정할 도우미가 없습니다.');
      }
      return repo.byId(id)!;
    },
  };
  return repo;
}

export type HelperRepository = ReturnType<typeof helperRepository>;

/** Whether the helper is on the roster that day. */
export const activeOn = (helper: GuideHelper, date: string) => helper.activeFrom <= date && (helper.activeTo === null || helper.activeTo >= date);
