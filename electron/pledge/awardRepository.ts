import type { AwardInput } from '../../shared/contract/pledge';
import type { Award } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';

/** Awards and external recognitions (수상·대외평가) of the card. */
export function awardRepository(db: Db) {
  const SELECT = `SELECT id, card_id AS cardId, title, awarded_by AS awardedBy, outcome, date FROM pledge_award`;
  const stmt = {
    list: db.prepare(`${SELECT} WHERE card_id = ? ORDER BY date DESC, id DESC`),
    byId: db.prepare(`${SELECT} WHERE id = ?`),
    insert: db.prepare(`
      INSERT INTO pledge_award (card_id, title, awarded_by, outcome, date, created_at, created_by, updated_at, updated_by)
      VALUES (@cardId, @title, @awardedBy, @outcome, @date, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE pledge_award SET title = @title, awarded_by = @awardedBy, outcome = @outcome, date = @date, updated_at = @now, updated_by = @actor
      WHERE id = @id AND card_id = @cardId`),
    delete: db.prepare(`DELETE FROM pledge_award WHERE id = ?`),
  };
  return {
    list: (cardId: number): Award[] => stmt.list.all(cardId) as Award[],
    save(input: AwardInput, actor: number | null): Award {
      const params = { awardedBy: '', ...input, now: nowIso(), actor };
      let id = input.id;
      if (id === undefined) id = Number(stmt.insert.run(params).lastInsertRowid);
      else if (stmt.update.run({ ...params, id }).changes === 0) throw new UserFacingError('not_found', '수정할 수상 기록이 없습니다.');
      return stmt.byId.get(id) as Award;
    },
    delete(id: number) {
      if (stmt.delete.run(id).changes === 0) throw new UserFacingError('not_found', '지울 수상 기록이 없습니다.');
    },
  };
}
