import { shiftMinutes, type GuideShift, type ShiftSlot, type ShiftStatus } from '../../shared/contract/guides';
import { UserFacingError } from '../../shared/result';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import { isConstraint } from '../db/constraintErrors';
import type { Db } from '../db/schema';

export interface ShiftPlace {
  date: string;
  slot: ShiftSlot;
  startTime: string;
  endTime: string;
  post: string;
}

/** The trigger's refusal (005's guide_shift_overlap), recognised on either engine so the logic can answer in Korean. */
export const isOverlapViolation = (error: unknown) => isConstraint(error, 'rule', 'guide_shift_overlap');

/** Rows per INSERT: 14 values each stays far below SQLite's and PostgreSQL's limits on parameters. */
const INSERT_CHUNK = 200;

const placeColumns = (where: ShiftPlace) => ({ date: where.date, slot: where.slot, start_time: where.startTime, end_time: where.endTime, post: where.post });

/** Owns the guide_shift table. */
export function shiftRepository(db: Db) {
  const shiftQuery = () =>
    db
      .selectFrom('guide_shift as s')
      .innerJoin('guide_helper as h', 'h.id', 's.helper_id')
      .leftJoin('guide_helper as r', 'r.id', 's.replacement_helper_id')
      .select([
        's.id',
        's.date',
        's.slot',
        's.start_time',
        's.end_time',
        's.post',
        's.helper_id',
        'h.name as helper_name',
        's.status',
        's.replacement_helper_id',
        'r.name as replacement_name',
        's.note',
      ]);
  type ShiftRow = Awaited<ReturnType<ReturnType<typeof shiftQuery>['executeTakeFirstOrThrow']>>;

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

  const repo = {
    between: async (from: string, to: string): Promise<GuideShift[]> =>
      (
        await shiftQuery()
          .where('s.date', '>=', from)
          .where('s.date', '<=', to)
          .orderBy('s.date')
          .orderBy('s.start_time')
          .orderBy('s.post')
          .orderBy('h.name')
          .execute()
      ).map(toShift),

    byId: async (id: number): Promise<GuideShift | null> => {
      const row = await shiftQuery().where('s.id', '=', id).executeTakeFirst();
      return row ? toShift(row) : null;
    },

    async require(id: number, field = 'id'): Promise<GuideShift> {
      const shift = await repo.byId(id);
      if (!shift) throw new UserFacingError('not_found', '선택한 근무가 없습니다. 다른 PC에서 지웠을 수 있습니다.', field);
      return shift;
    },

    /** The shift the person is already expected at during those hours, if any. */
    overlapping: async (helperId: number, when: { date: string; startTime: string; endTime: string }, exceptId = 0): Promise<GuideShift | null> => {
      const row = await shiftQuery()
        .where('s.date', '=', when.date)
        .where('s.status', '<>', 'absent')
        .where('s.id', '<>', exceptId)
        .where((eb) => eb(eb.fn.coalesce('s.replacement_helper_id', 's.helper_id'), '=', helperId))
        .where('s.start_time', '<', when.endTime)
        .where('s.end_time', '>', when.startTime)
        .limit(1)
        .executeTakeFirst();
      return row ? toShift(row) : null;
    },

    /** Every shift the person is expected at (their own or one they stand in for, not a missed one) in the dates. */
    expectedOf: async (helperId: number, from: string, to: string): Promise<GuideShift[]> =>
      (
        await shiftQuery()
          .where((eb) => eb(eb.fn.coalesce('s.replacement_helper_id', 's.helper_id'), '=', helperId))
          .where('s.status', '<>', 'absent')
          .where('s.date', '>=', from)
          .where('s.date', '<=', to)
          .orderBy('s.date')
          .orderBy('s.start_time')
          .orderBy('s.post')
          .execute()
      ).map(toShift),

    insert: async (fields: ShiftPlace & { helperId: number; note: string }, author: Author): Promise<number> =>
      (
        await db
          .insertInto('guide_shift')
          .values({ ...placeColumns(fields), helper_id: fields.helperId, note: fields.note, ...createdStamp(author) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,

    /**
     * Many new shifts of one plan, a few hundred rows to a statement: a half-year plan is one round
     * trip per chunk to an office server instead of one per shift. The overlap trigger still checks
     * each row against those before it.
     */
    async insertMany(rows: (ShiftPlace & { helperId: number; note: string })[], author: Author) {
      const stamp = createdStamp(author);
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const chunk = rows.slice(i, i + INSERT_CHUNK);
        await db
          .insertInto('guide_shift')
          .values(chunk.map((r) => ({ ...placeColumns(r), helper_id: r.helperId, note: r.note, ...stamp })))
          .execute();
      }
    },

    update: (id: number, fields: ShiftPlace & { helperId: number; note: string }, author: Author) =>
      db
        .updateTable('guide_shift')
        .set({ ...placeColumns(fields), helper_id: fields.helperId, note: fields.note, ...updatedStamp(author) })
        .where('id', '=', id)
        .execute(),

    place: (id: number, where: ShiftPlace, author: Author) =>
      db
        .updateTable('guide_shift')
        .set({ ...placeColumns(where), ...updatedStamp(author) })
        .where('id', '=', id)
        .execute(),

    setStatus: (id: number, status: ShiftStatus, replacementHelperId: number | null, author: Author) =>
      db
        .updateTable('guide_shift')
        .set({ status, replacement_helper_id: replacementHelperId, ...updatedStamp(author) })
        .where('id', '=', id)
        .execute(),

    delete: (id: number) => db.deleteFrom('guide_shift').where('id', '=', id).execute(),
  };
  return repo;
}

export type ShiftRepository = ReturnType<typeof shiftRepository>;
