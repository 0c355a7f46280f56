import type { AwardInput } from '../../shared/contract/pledge';
import { storedFactDate } from '../../shared/pledge/factDates';
import type { Award, DatePrecision } from '../../shared/pledge/records';
import { UserFacingError } from '../../shared/result';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

/** Awards and external recognitions (수상·대외평가) of the card. */
export function awardRepository(db: Db) {
  const awards = () =>
    db.selectFrom('pledge_award').select(['id', 'card_id as cardId', 'title', 'awarded_by as awardedBy', 'outcome', 'date', 'date_precision as datePrecision']).$narrowType<{ datePrecision: DatePrecision }>();

  return {
    list: (cardId: number): Promise<Award[]> => awards().where('card_id', '=', cardId).orderBy('date', 'desc').orderBy('id', 'desc').execute(),

    async save(input: AwardInput, author: Author): Promise<Award> {
      const precision = input.datePrecision ?? 'day';
      const fields = { title: input.title, awarded_by: input.awardedBy ?? '', outcome: input.outcome, date: storedFactDate(input.date, precision), date_precision: precision };
      let id = input.id;
      if (id === undefined) {
        id = (await db.insertInto('pledge_award').values({ card_id: input.cardId, ...fields, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        const changed = await db.updateTable('pledge_award').set({ ...fields, ...updatedStamp(author) }).where('id', '=', id).where('card_id', '=', input.cardId).executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 수상 기록이 없습니다.');
      }
      return awards().where('id', '=', id).executeTakeFirstOrThrow();
    },

    async delete(id: number) {
      const gone = await db.deleteFrom('pledge_award').where('id', '=', id).executeTakeFirst();
      if (Number(gone.numDeletedRows) === 0) throw new UserFacingError('not_found', '지울 수상 기록이 없습니다.');
    },
  };
}
