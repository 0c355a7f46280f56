import {
  wheelchairStatuses,
  type Wheelchair,
  type WheelchairKind,
  type WheelchairStatus,
  type WheelchairStatusChange,
} from '../../shared/contract/loans';
import { UserFacingError } from '../../shared/result';
import { isUniqueViolation, nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

interface WheelchairRow {
  id: number;
  asset_number: string;
  kind: WheelchairKind;
  note: string;
  status: WheelchairStatus;
  updated_at: string;
}

const toWheelchair = (r: WheelchairRow): Wheelchair => ({
  id: r.id,
  assetNumber: r.asset_number,
  kind: r.kind,
  note: r.note,
  status: r.status,
  updatedAt: r.updated_at,
});

/** Owns the wheelchair and wheelchair_status_change tables: the inventory and its history. */
export function wheelchairRepository(db: Db) {
  const stmt = {
    list: db.prepare(`SELECT * FROM wheelchair WHERE status <> 'retired' OR @includeRetired ORDER BY asset_number`),
    byId: db.prepare(`SELECT * FROM wheelchair WHERE id = ?`),
    insert: db.prepare(`
      INSERT INTO wheelchair (asset_number, kind, note, status, created_at, created_by, updated_at, updated_by)
      VALUES (@assetNumber, @kind, @note, 'available', @now, @actor, @now, @actor)`),
    update: db.prepare(`
      UPDATE wheelchair SET asset_number = @assetNumber, kind = @kind, note = @note, updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    setStatus: db.prepare(`UPDATE wheelchair SET status = @status, updated_at = @now, updated_by = @actor WHERE id = @id`),
    addHistory: db.prepare(`
      INSERT INTO wheelchair_status_change (wheelchair_id, changed_at, from_status, to_status, reason, loan_id, staff_id)
      VALUES (@wheelchairId, @now, @from, @to, @reason, @loanId, @actor)`),
    history: db.prepare(`
      SELECT h.id, h.changed_at, h.from_status, h.to_status, h.reason, s.name AS staff_name
      FROM wheelchair_status_change h LEFT JOIN staff s ON s.id = h.staff_id
      WHERE h.wheelchair_id = ? ORDER BY h.changed_at DESC, h.id DESC`),
  };

  const repo = {
    list: (includeRetired: boolean): Wheelchair[] =>
      (stmt.list.all({ includeRetired: includeRetired ? 1 : 0 }) as WheelchairRow[]).map(toWheelchair),

    byId: (id: number): Wheelchair | null => {
      const row = stmt.byId.get(id) as WheelchairRow | undefined;
      return row ? toWheelchair(row) : null;
    },

    require(id: number): Wheelchair {
      const found = repo.byId(id);
      if (!found) throw new UserFacingError('not_found', '선택한 휠체어가 없습니다.', 'wheelchairId');
      return found;
    },

    save(input: { id?: number; assetNumber: string; kind: WheelchairKind; note: string }, actor: number | null): Wheelchair {
      const params = { ...input, now: nowIso(), actor };
      try {
        // Registering and its first history line are one record of the wheelchair's life.
        return writeTransaction(db, () => {
          if (input.id === undefined) {
            const id = Number(stmt.insert.run(params).lastInsertRowid);
            stmt.addHistory.run({ wheelchairId: id, now: params.now, from: null, to: 'available', reason: '등록', loanId: null, actor });
            return repo.byId(id)!;
          }
          if (stmt.update.run({ ...params, id: input.id }).changes === 0) {
            throw new UserFacingError('not_found', '수정할 휠체어가 없습니다.', 'wheelchairId');
          }
          return repo.byId(input.id)!;
        })();
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new UserFacingError('conflict', `자산번호 '${input.assetNumber}' 휠체어가 이미 등록되어 있습니다.`, 'assetNumber');
        }
        throw error;
      }
    },

    /** Moves the status and writes the history line; the caller owns the transaction. */
    changeStatus(wheelchair: Wheelchair, to: WheelchairStatus, reason: string, loanId: number | null, actor: number | null) {
      const now = nowIso();
      stmt.setStatus.run({ id: wheelchair.id, status: to, now, actor });
      stmt.addHistory.run({ wheelchairId: wheelchair.id, now, from: wheelchair.status, to, reason, loanId, actor });
    },

    /** By hand: 대여 가능 / 수리 중 / 폐기. 대여 중 comes and goes only with a loan. */
    setStatusByHand(id: number, to: 'available' | 'repair' | 'retired', reason: string, actor: number | null): Wheelchair {
      return writeTransaction(db, () => {
        const wheelchair = repo.require(id);
        if (wheelchair.status === 'on_loan') {
          throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 대여 중입니다. 반납을 먼저 기록하세요.`, 'status');
        }
        if (wheelchair.status !== to) repo.changeStatus(wheelchair, to, reason || wheelchairStatuses[to], null, actor);
        return repo.byId(id)!;
      })();
    },

    history: (id: number): WheelchairStatusChange[] =>
      (
        stmt.history.all(id) as {
          id: number;
          changed_at: string;
          from_status: WheelchairStatus | null;
          to_status: WheelchairStatus;
          reason: string;
          staff_name: string | null;
        }[]
      ).map((r) => ({ id: r.id, changedAt: r.changed_at, fromStatus: r.from_status, toStatus: r.to_status, reason: r.reason, staffName: r.staff_name })),
  };
  return repo;
}

export type WheelchairRepository = ReturnType<typeof wheelchairRepository>;
