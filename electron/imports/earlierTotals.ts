import type { z } from 'zod';
import { earlierTotalLines, type EarlierTotal, type EarlierTotalArea, type earlierTotalInput } from '../../shared/contract/imports';
import { UserFacingError } from '../../shared/result';
import { createdStamp, isUniqueViolation, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { periodLabel } from './earlierTotalRule';

type TotalInput = z.output<typeof earlierTotalInput>;

/** The first and last day of a month (yyyy-MM) or year (yyyy), as text bounds every date column compares with. */
export const periodRange = (period: string) => {
  if (period.length === 4) return { from: `${period}-01-01`, to: `${period}-12-31` };
  const lastDay = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${lastDay}` };
};

/**
 * How many records of the line there are in a period: any record, counted or not yet (a planned shift,
 * an open month's pick), since it may be counted later and the total would then count the month twice.
 */
async function recordsIn(db: Db, t: Pick<TotalInput, 'area' | 'item' | 'period' | 'cardId'>): Promise<number> {
  const { from, to } = periodRange(t.period);
  const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }) => Number((await q.executeTakeFirstOrThrow()).n);
  switch (t.area) {
    case 'loans':
      return count(db.selectFrom('loan').select((eb) => eb.fn.countAll<number>().as('n')).where('started_at', '>=', from).where('started_at', '<=', `${to} 23:59`));
    case 'interpretationForeign':
    case 'interpretationSign':
      return count(
        db
          .selectFrom('interpretation_request')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('requested_on', '>=', from)
          .where('requested_on', '<=', to)
          .where('language', t.area === 'interpretationSign' ? '=' : '<>', 'ksl'),
      );
    case 'guides':
      return count(db.selectFrom('guide_shift').select((eb) => eb.fn.countAll<number>().as('n')).where('date', '>=', from).where('date', '<=', to));
    case 'healing':
      return count(db.selectFrom('healing_program').select((eb) => eb.fn.countAll<number>().as('n')).where('date', '>=', from).where('date', '<=', to));
    case 'kindness':
      return count(db.selectFrom('kindness_pick').select((eb) => eb.fn.countAll<number>().as('n')).where('month', '>=', from.slice(0, 7)).where('month', '<=', to.slice(0, 7)));
    case 'trainings':
      return count(
        db
          .selectFrom('training_session as s')
          .innerJoin('training as tr', 'tr.id', 's.training_id')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('s.date', '>=', from)
          .where('s.date', '<=', to)
          .where('tr.kind', '=', t.item as 'kindness'),
      );
    case 'communication':
      return count(
        db
          .selectFrom('pledge_communication')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('card_id', '=', t.cardId!)
          .where('category', '=', t.item)
          .where('date', '>=', from)
          .where('date', '<=', to),
      );
  }
}

const toTotal = (r: {
  id: number;
  area: EarlierTotalArea;
  item: string;
  period: string;
  card_id: number | null;
  count: number;
  people: number | null;
  departments: number | null;
  source: string;
  updated_at: string;
  updated_by_name: string | null;
}): EarlierTotal => ({
  id: r.id,
  area: r.area,
  item: r.item,
  period: r.period,
  cardId: r.card_id,
  count: Number(r.count),
  people: r.people === null ? null : Number(r.people),
  departments: r.departments === null ? null : Number(r.departments),
  source: r.source,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
});

/** Owns earlier_total: 이전 집계, the paper reports' counts for months and years with no records. */
export function earlierTotalRepository(db: Db) {
  const totals = (on: Db = db) =>
    on
      .selectFrom('earlier_total as t')
      .leftJoin('staff as s', 's.id', 't.updated_by')
      .select(['t.id', 't.area', 't.item', 't.period', 't.card_id', 't.count', 't.people', 't.departments', 't.source', 't.updated_at', 's.name as updated_by_name']);

  const repo = {
    list: async (area: EarlierTotalArea | null): Promise<EarlierTotal[]> =>
      (await totals().$if(area !== null, (q) => q.where('t.area', '=', area!)).orderBy('t.area').orderBy('t.period').orderBy('t.item').execute()).map(toTotal),

    /**
     * Saves a total, refused in Korean for a period that has records of the line, or that another total
     * of the line already covers (a month inside a year's total, a year holding a month's): nothing is
     * counted twice.
     */
    save: (input: TotalInput, author: Author): Promise<EarlierTotal> =>
      writeTransaction(db, async (trx) => {
        const line = earlierTotalLines[input.area];
        const records = await recordsIn(trx, input);
        if (records > 0) {
          throw new UserFacingError(
            'conflict',
            `${periodLabel(input.period)}에는 ${line.label} 기록이 ${records}건 있어 이전 집계를 넣을 수 없습니다. 같은 달이 두 번 세어지지 않도록, 기록이 있는 달은 기록으로만 셉니다.`,
            'period',
          );
        }
        const overlapping = await trx
          .selectFrom('earlier_total')
          .select(['id', 'period'])
          .where('area', '=', input.area)
          .where('item', '=', input.item)
          .$if(input.cardId !== null, (q) => q.where('card_id', '=', input.cardId!))
          .$if(input.id !== undefined, (q) => q.where('id', '<>', input.id!))
          .where((eb) => (input.period.length === 4 ? eb(eb.fn('substr', ['period', eb.lit(1), eb.lit(4)]), '=', input.period) : eb('period', 'in', [input.period, input.period.slice(0, 4)])))
          .executeTakeFirst();
        if (overlapping) {
          throw new UserFacingError('conflict', `${line.label}의 ${periodLabel(overlapping.period)} 이전 집계가 이미 있어 ${periodLabel(input.period)}을(를) 따로 넣을 수 없습니다.`, 'period');
        }
        const columns = {
          area: input.area,
          item: input.item,
          period: input.period,
          card_id: input.cardId,
          count: input.count,
          people: input.people,
          departments: input.departments,
          source: input.source,
        };
        let id = input.id;
        try {
          if (id === undefined) id = (await trx.insertInto('earlier_total').values({ ...columns, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
          else {
            const changed = await trx.updateTable('earlier_total').set({ ...columns, ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst();
            if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '고칠 이전 집계가 없습니다.');
          }
        } catch (error) {
          if (isUniqueViolation(error)) throw new UserFacingError('conflict', `${line.label}의 ${periodLabel(input.period)} 이전 집계가 이미 있습니다.`, 'period');
          throw error;
        }
        return toTotal(await totals(trx).where('t.id', '=', id).executeTakeFirstOrThrow());
      }),

    remove: (id: number) =>
      writeTransaction(db, async (trx) => {
        const gone = await trx.deleteFrom('earlier_total').where('id', '=', id).executeTakeFirst();
        if (Number(gone.numDeletedRows) === 0) throw new UserFacingError('not_found', '지울 이전 집계가 없습니다.');
        return { deleted: true as const };
      }),
  };
  return repo;
}
