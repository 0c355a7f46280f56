import { maskPersonalDataIn } from '../../shared/korean/personalDataPatterns';
import {
  wheelchairStatuses,
  type Wheelchair,
  type WheelchairKind,
  type WheelchairStatus,
  type WheelchairStatusChange,
} from '../../shared/contract/loans';
import { UserFacingError } from '../../shared/result';
import { createdStamp, isUniqueViolation, nowIso, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';

const toWheelchair = (r: { id: number; asset_number: string; kind: WheelchairKind; note: string; status: WheelchairStatus; updated_at: string }): Wheelchair => ({
  id: r.id,
  assetNumber: r.asset_number,
  kind: r.kind,
  note: r.note,
  status: r.status,
  updatedAt: r.updated_at,
});

/** Owns the wheelchair and wheelchair_status_change tables: the inventory and its history. */
export function wheelchairRepository(db: Db) {
  const wheelchairs = () => db.selectFrom('wheelchair').select(['id', 'asset_number', 'kind', 'note', 'status', 'updated_at']);

  const repo = {
    list: async (includeRetired: boolean): Promise<Wheelchair[]> =>
      (await wheelchairs().$if(!includeRetired, (q) => q.where('status', '<>', 'retired')).orderBy('asset_number').execute()).map(toWheelchair),

    byId: async (id: number): Promise<Wheelchair | null> => {
      const row = await wheelchairs().where('id', '=', id).executeTakeFirst();
      return row ? toWheelchair(row) : null;
    },

    async require(id: number): Promise<Wheelchair> {
      const found = await repo.byId(id);
      if (!found) throw new UserFacingError('not_found', '선택한 휠체어가 없습니다.', 'wheelchairId');
      return found;
    },

    async save(input: { id?: number; assetNumber: string; kind: WheelchairKind; note: string }, author: Author): Promise<Wheelchair> {
      const fields = { asset_number: input.assetNumber, kind: input.kind, note: input.note };
      try {
        // Registering and its first history line are one record of the wheelchair's life.
        return await writeTransaction(db, async (trx) => {
          const inTrx = wheelchairRepository(trx);
          if (input.id === undefined) {
            const at = nowIso();
            const { id } = await trx
              .insertInto('wheelchair')
              .values({ ...fields, status: 'available', ...createdStamp(author, at) })
              .returning('id')
              .executeTakeFirstOrThrow();
            await inTrx.addHistory({ wheelchairId: id, at, from: null, to: 'available', reason: '등록', loanId: null, staffId: author.staffId });
            return (await inTrx.byId(id))!;
          }
          const changed = await trx.updateTable('wheelchair').set({ ...fields, ...updatedStamp(author) }).where('id', '=', input.id).executeTakeFirst();
          if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 휠체어가 없습니다.', 'wheelchairId');
          return (await inTrx.byId(input.id))!;
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new UserFacingError('conflict', `자산번호 '${input.assetNumber}' 휠체어가 이미 등록되어 있습니다.`, 'assetNumber');
        }
        throw error;
      }
    },

    addHistory: (h: { wheelchairId: number; at: string; from: WheelchairStatus | null; to: WheelchairStatus; reason: string; loanId: number | null; staffId: number | null }) =>
      db
        .insertInto('wheelchair_status_change')
        .values({ wheelchair_id: h.wheelchairId, changed_at: h.at, from_status: h.from, to_status: h.to, reason: h.reason, loan_id: h.loanId, staff_id: h.staffId })
        .execute(),

    /** Moves the status and writes the history line; the caller owns the transaction. */
    async changeStatus(wheelchair: Wheelchair, to: WheelchairStatus, reason: string, loanId: number | null, author: Author) {
      const at = nowIso();
      await db.updateTable('wheelchair').set({ status: to, ...updatedStamp(author, at) }).where('id', '=', wheelchair.id).execute();
      await repo.addHistory({ wheelchairId: wheelchair.id, at, from: wheelchair.status, to, reason, loanId, staffId: author.staffId });
    },

    /** By hand: 대여 가능 / 수리 중 / 폐기. 대여 중 comes and goes only with a loan. */
    setStatusByHand: (id: number, to: 'available' | 'repair' | 'retired', reason: string, author: Author): Promise<Wheelchair> =>
      writeTransaction(db, async (trx) => {
        const inTrx = wheelchairRepository(trx);
        const wheelchair = await inTrx.require(id);
        if (wheelchair.status === 'on_loan') {
          throw new UserFacingError('conflict', `'${wheelchair.assetNumber}' 휠체어는 대여 중입니다. 반납을 먼저 기록하세요.`, 'status');
        }
        if (wheelchair.status !== to) await inTrx.changeStatus(wheelchair, to, reason || wheelchairStatuses[to], null, author);
        return (await inTrx.byId(id))!;
      }),

    history: async (id: number): Promise<WheelchairStatusChange[]> =>
      (
        await db
          .selectFrom('wheelchair_status_change as h')
          .leftJoin('staff as s', 's.id', 'h.staff_id')
          .select(['h.id', 'h.changed_at', 'h.from_status', 'h.to_status', 'h.reason', 's.name as staff_name'])
          .where('h.wheelchair_id', '=', id)
          .orderBy('h.changed_at', 'desc')
          .orderBy('h.id', 'desc')
          .execute()
      ).map((r) => ({ id: r.id, changedAt: r.changed_at, fromStatus: r.from_status, toStatus: r.to_status, reason: maskPersonalDataIn(r.reason), staffName: r.staff_name })),
  };
  return repo;
}

export type WheelchairRepository = ReturnType<typeof wheelchairRepository>;
