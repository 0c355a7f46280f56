import type { InterpretationMethod } from '../../shared/contract/interpretation';
import { UserFacingError } from '../../shared/result';
import { isUniqueViolation, nowIso } from '../db/audit';
import type { Db } from '../db/connection';

interface MethodRow {
  id: number;
  name: string;
  active: number;
  use_count: number;
}

const toMethod = (r: MethodRow): InterpretationMethod => ({ id: r.id, name: r.name, active: r.active === 1, useCount: r.use_count });

const isTriggerAbort = (error: unknown, reason: string) => error instanceof Error && error.message.includes(reason);

/** Owns interpretation_method: the editable list of ways a request is served. */
export function methodRepository(db: Db) {
  const stmt = {
    list: db.prepare(`
      SELECT m.id, m.name, m.active, (SELECT count(*) FROM interpretation_request r WHERE r.method_id = m.id) AS use_count
      FROM interpretation_method m WHERE m.active = 1 OR @includeInactive ORDER BY m.sort_order, m.id`),
    byId: db.prepare(`
      SELECT m.id, m.name, m.active, (SELECT count(*) FROM interpretation_request r WHERE r.method_id = m.id) AS use_count
      FROM interpretation_method m WHERE m.id = ?`),
    otherActive: db.prepare(`SELECT count(*) AS n FROM interpretation_method WHERE active = 1 AND id <> ?`),
    insert: db.prepare(`
      INSERT INTO interpretation_method (name, sort_order, active, created_at, created_by, updated_at, updated_by)
      VALUES (@name, (SELECT coalesce(max(sort_order), 0) + 1 FROM interpretation_method), @active, @now, @actor, @now, @actor)`),
    update: db.prepare(`UPDATE interpretation_method SET name = @name, active = @active, updated_at = @now, updated_by = @actor WHERE id = @id`),
    remove: db.prepare(`DELETE FROM interpretation_method WHERE id = ?`),
  };

  const byId = (id: number): InterpretationMethod | null => {
    const row = stmt.byId.get(id) as MethodRow | undefined;
    return row ? toMethod(row) : null;
  };

  /** The desk must always have a way to record a request. */
  const requireAnotherActive = (id: number, message: string) => {
    if ((stmt.otherActive.get(id) as { n: number }).n === 0) throw new UserFacingError('conflict', message, 'active');
  };

  return {
    byId,

    list: (includeInactive: boolean): InterpretationMethod[] =>
      (stmt.list.all({ includeInactive: includeInactive ? 1 : 0 }) as MethodRow[]).map(toMethod),

    save(input: { id?: number; name: string; active: boolean }, actor: number | null): InterpretationMethod {
      const params = { name: input.name, active: input.active ? 1 : 0, now: nowIso(), actor };
      try {
        if (input.id === undefined) return byId(Number(stmt.insert.run(params).lastInsertRowid))!;
        if (!byId(input.id)) throw new UserFacingError('not_found', '수정할 지원 방법이 없습니다.');
        if (!input.active) requireAnotherActive(input.id, '사용하는 지원 방법이 하나는 있어야 합니다. 다른 방법을 먼저 추가하세요.');
        stmt.update.run({ ...params, id: input.id });
        return byId(input.id)!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.name}' 지원 방법이 이미 있습니다.`, 'name');
        throw error;
      }
    },

    remove(id: number) {
      const method = byId(id);
      if (!method) throw new UserFacingError('not_found', '삭제할 지원 방법이 없습니다.');
      const inUse = () =>
        new UserFacingError('conflict', `'${method.name}'은(는) 통역 기록에 쓰여 삭제할 수 없습니다. 대신 '사용 안 함'으로 바꾸세요.`);
      if (method.useCount > 0) throw inUse();
      if (method.active) requireAnotherActive(id, '사용하는 지원 방법이 하나는 있어야 합니다.');
      try {
        stmt.remove.run(id);
      } catch (error) {
        // The trigger holds the same rule for a record saved between the check and the delete.
        if (isTriggerAbort(error, 'interpretation_method_in_use')) throw inUse();
        throw error;
      }
      return { id };
    },
  };
}

export type MethodRepository = ReturnType<typeof methodRepository>;
