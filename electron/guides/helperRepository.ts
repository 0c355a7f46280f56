import type { Selectable } from 'kysely';
import type { GuideHelper } from '../../shared/contract/guides';
import { UserFacingError } from '../../shared/result';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import type { GuideHelperTable } from './guideTables';

const toHelper = (r: Selectable<GuideHelperTable>): GuideHelper => ({
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

const columnsOf = (input: HelperFields) => ({
  name: input.name,
  contact: input.contact,
  kind: input.kind,
  active_from: input.activeFrom,
  active_to: input.activeTo,
  quota_hours_per_day: input.quotaHoursPerDay,
  quota_days_per_month: input.quotaDaysPerMonth,
  note: input.note,
});

/** Owns the guide_helper table. */
export function helperRepository(db: Db) {
  const repo = {
    list: async (includeInactive: boolean, today: string): Promise<GuideHelper[]> =>
      (
        await db
          .selectFrom('guide_helper')
          .selectAll()
          .$if(!includeInactive, (q) => q.where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>=', today)])))
          .orderBy('name')
          .orderBy('id')
          .execute()
      ).map(toHelper),

    byId: async (id: number): Promise<GuideHelper | null> => {
      const row = await db.selectFrom('guide_helper').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toHelper(row) : null;
    },

    async require(id: number, field = 'helperId'): Promise<GuideHelper> {
      const helper = await repo.byId(id);
      if (!helper) throw new UserFacingError('not_found', '선택한 도우미가 없습니다.', field);
      return helper;
    },

    /** The caller runs it inside a write transaction, so the shifts it checks cannot move meanwhile. */
    async save(input: HelperFields & { id?: number }, author: Author): Promise<GuideHelper> {
      let id = input.id;
      if (id === undefined) {
        id = (await db.insertInto('guide_helper').values({ ...columnsOf(input), ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        // Shortening the active period must not strand shifts already on the calendar outside it.
        const { activeFrom, activeTo } = input;
        const outside = await db
          .selectFrom('guide_shift')
          .select((eb) => [eb.fn.min('date').as('first'), eb.fn.countAll<number>().as('n')])
          .where((eb) => eb.or([eb('helper_id', '=', id!), eb('replacement_helper_id', '=', id!)]))
          .where((eb) => eb.or([eb('date', '<', activeFrom), ...(activeTo === null ? [] : [eb('date', '>', activeTo)])]))
          .executeTakeFirstOrThrow();
        if (Number(outside.n) > 0) {
          throw new UserFacingError('conflict', `활동 기간 밖에 근무 ${outside.n}건이 있습니다(${outside.first} 등). 근무를 먼저 옮기거나 지우세요.`, 'activeTo');
        }
        const changed = await db.updateTable('guide_helper').set({ ...columnsOf(input), ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 도우미가 없습니다.');
      }
      return (await repo.byId(id))!;
    },
  };
  return repo;
}

export type HelperRepository = ReturnType<typeof helperRepository>;

/** Whether the helper is on the roster that day. */
export const activeOn = (helper: GuideHelper, date: string) => helper.activeFrom <= date && (helper.activeTo === null || helper.activeTo >= date);
