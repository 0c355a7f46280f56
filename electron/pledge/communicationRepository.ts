import type { CommunicationInput } from '../../shared/contract/pledge';
import type { DateRange } from '../../shared/figures';
import type { CommunicationActivity, CommunicationCategory } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

interface Row {
  id: number;
  cardId: number;
  date: string;
  category: string;
  title: string;
  details: string;
  outlet: string | null;
  referenceId: number | null;
}

/** 구민소통실적: briefings, surveys, expert advice, press items and others, each dated. */
export function communicationRepository(db: Db) {
  // A press item is cited at most once (pledge_reference.communication_id is unique), so the join
  // gives one row per activity; a joined id says it is cited, on both engines alike.
  const activities = () =>
    db
      .selectFrom('pledge_communication as c')
      .leftJoin('pledge_reference as r', 'r.communication_id', 'c.id')
      .select(['c.id', 'c.card_id as cardId', 'c.date', 'c.category', 'c.title', 'c.details', 'c.outlet', 'r.id as referenceId']);
  const toActivity = ({ referenceId, category, ...r }: Row): CommunicationActivity => ({
    ...r,
    category: category as CommunicationCategory,
    referenced: referenceId !== null,
  });

  const repo = {
    list: async (cardId: number): Promise<CommunicationActivity[]> =>
      (await activities().where('c.card_id', '=', cardId).orderBy('c.date', 'desc').orderBy('c.id', 'desc').execute()).map(toActivity),

    /** What the section's 구민소통실적 table counts of a card's activities in a range: each one's date and kind. */
    countedIn: async (cardId: number, range: DateRange): Promise<Pick<CommunicationActivity, 'date' | 'category'>[]> =>
      (
        await db
          .selectFrom('pledge_communication')
          .select(['date', 'category'])
          .where('card_id', '=', cardId)
          .where('date', '>=', range.from)
          .where('date', '<=', range.to)
          .execute()
      ).map((r) => ({ date: r.date, category: r.category as CommunicationCategory })),

    async byId(id: number): Promise<CommunicationActivity> {
      const row = await activities().where('c.id', '=', id).executeTakeFirst();
      if (!row) throw new UserFacingError('not_found', '소통 활동 기록이 없습니다.');
      return toActivity(row);
    },

    async save(input: CommunicationInput, author: Author): Promise<CommunicationActivity> {
      // Only a press item has an outlet; a stray one typed before the category changed is dropped.
      const outlet = input.category === 'press' ? (input.outlet ?? '').trim() : null;
      const fields = { date: input.date, category: input.category, title: input.title, details: input.details ?? '', outlet };
      let id = input.id;
      if (id !== undefined && input.category !== 'press' && (await repo.byId(id)).referenced) {
        throw new UserFacingError('conflict', '참고자료에 실린 보도는 다른 구분으로 바꿀 수 없습니다. 먼저 참고자료에서 빼세요.', 'category');
      }
      if (id === undefined) {
        id = (await db.insertInto('pledge_communication').values({ card_id: input.cardId, ...fields, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        const changed = await db.updateTable('pledge_communication').set({ ...fields, ...updatedStamp(author) }).where('id', '=', id).where('card_id', '=', input.cardId).executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 소통 활동이 없습니다.');
      }
      return repo.byId(id);
    },

    async delete(id: number) {
      const gone = await db.deleteFrom('pledge_communication').where('id', '=', id).executeTakeFirst();
      if (Number(gone.numDeletedRows) === 0) throw new UserFacingError('not_found', '지울 소통 활동이 없습니다.');
    },
  };
  return repo;
}
