import type { CommunicationInput } from '../../shared/contract/pledge';
import type { CommunicationActivity } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { nowIso } from '../db/audit';
import type { Db } from '../db/connection';

type Row = Omit<CommunicationActivity, 'referenced'> & { referenced: number };

/** 구민소통실적: briefings, surveys, expert advice, press items and others, each dated. */
export function communicationRepository(db: Db) {
  const SELECT = `
    SELECT c.id, c.card_id AS cardId, c.date, c.category, c.title, c.details, c.outlet,
           EXISTS (SELECT 1 FROM pledge_reference r WHERE r.communication_id = c.id) AS referenced
    FROM pledge_communication c`;
  const stmt = {
    list: db.prepare(`${SELECT} WHERE c.card_id = ? ORDER BY c.date DESC, c.id DESC`),
    byId: db.prepare(`${SELECT} WHERE c.id = ?`),
    insert: db.prepare(`
      INSERT INTO pledge_communication (card_id, date, category, title, details, outlet, created_at, created_by, updated_at, updated_by)
      VALUES (@cardId, @date, @category, @title, @details, @outlet, @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE pledge_communication SET date = @date, category = @category, title = @title, details = @details, outlet = @outlet,
             updated_at = @now, updated_by = @actor
      WHERE id = @id AND card_id = @cardId`),
    delete: db.prepare(`DELETE FROM pledge_communication WHERE id = ?`),
  };
  const toActivity = (r: Row): CommunicationActivity => ({ ...r, referenced: r.referenced === 1 });

  const repo = {
    list: (cardId: number): CommunicationActivity[] => (stmt.list.all(cardId) as Row[]).map(toActivity),
    byId(id: number): CommunicationActivity {
      const row = stmt.byId.get(id) as Row | undefined;
      if (!row) throw new UserFacingError('not_found', '소통 활동 기록이 없습니다.');
      return toActivity(row);
    },
    save(input: CommunicationInput, actor: number | null): CommunicationActivity {
      // Only a press item has an outlet; a stray one typed before the category changed is dropped.
      const outlet = input.category === 'press' ? (input.outlet ?? '').trim() : null;
      const params = { details: '', ...input, outlet, now: nowIso(), actor };
      let id = input.id;
      if (id !== undefined && input.category !== 'press' && repo.byId(id).referenced) {
        throw new UserFacingError('conflict', '참고자료에 실린 보도는 다른 구분으로 바꿀 수 없습니다. 먼저 참고자료에서 빼세요.', 'category');
      }
      if (id === undefined) id = Number(stmt.insert.run(params).lastInsertRowid);
      else if (stmt.update.run({ ...params, id }).changes === 0) throw new UserFacingError('not_found', '수정할 소통 활동이 없습니다.');
      return repo.byId(id);
    },
    delete(id: number) {
      if (stmt.delete.run(id).changes === 0) throw new UserFacingError('not_found', '지울 소통 활동이 없습니다.');
    },
  };
  return repo;
}
