import type { InterpretationMethod } from '../../shared/contract/interpretation';
import { UserFacingError } from '../../shared/result';
import { createdStamp, isUniqueViolation, updatedStamp, type Author } from '../db/audit';
import { isConstraint } from '../db/constraintErrors';
import type { Db } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';

const toMethod = (r: { id: number; name: string; active: number; use_count: number | string | bigint | null }): InterpretationMethod => ({
  id: r.id,
  name: r.name,
  active: r.active === 1,
  useCount: Number(r.use_count ?? 0),
});

/** Owns interpretation_method: the editable list of ways a request is served. */
export function methodRepository(db: Db) {
  const methods = () =>
    db
      .selectFrom('interpretation_method as m')
      .select((eb) => [
        'm.id',
        'm.name',
        'm.active',
        eb.selectFrom('interpretation_request as r').select(eb.fn.countAll<number>().as('n')).whereRef('r.method_id', '=', 'm.id').as('use_count'),
      ]);

  const byId = async (id: number): Promise<InterpretationMethod | null> => {
    const row = await methods().where('m.id', '=', id).executeTakeFirst();
    return row ? toMethod(row) : null;
  };

  /** The desk must always have a way to record a request. */
  const requireAnotherActive = async (id: number, message: string) => {
    const { n } = await db
      .selectFrom('interpretation_method')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('active', '=', 1)
      .where('id', '<>', id)
      .executeTakeFirstOrThrow();
    if (Number(n) === 0) throw new UserFacingError('conflict', message, 'active');
  };

  return {
    byId,

    /**
     * The way itself, without how often it was used: what saving a request checks. Counting its
     * requests would read every other desk's new ones, and on PostgreSQL make two desks saving at the
     * same moment collide for nothing.
     */
    way: (id: number) => db.selectFrom('interpretation_method').select(['id', 'name', 'active']).where('id', '=', id).executeTakeFirst(),

    list: async (includeInactive: boolean): Promise<InterpretationMethod[]> =>
      (await methods().$if(!includeInactive, (q) => q.where('m.active', '=', 1)).orderBy('m.sort_order').orderBy('m.id').execute()).map(toMethod),

    async save(input: { id?: number; name: string; active: boolean }, author: Author): Promise<InterpretationMethod> {
      const fields = { name: input.name, active: input.active ? 1 : 0 };
      try {
        return await writeTransaction(db, async (trx) => {
          const inTrx = methodRepository(trx);
          if (input.id === undefined) {
            const { id } = await trx
              .insertInto('interpretation_method')
              .values((eb) => ({
                ...fields,
                // A new way goes to the end of the list.
                sort_order: eb.selectFrom('interpretation_method').select(eb(eb.fn.coalesce(eb.fn.max('sort_order'), eb.lit(0)), '+', eb.lit(1)).as('next')),
                ...createdStamp(author),
              }))
              .returning('id')
              .executeTakeFirstOrThrow();
            return (await inTrx.byId(id))!;
          }
          if (!(await inTrx.byId(input.id))) throw new UserFacingError('not_found', '수정할 지원 방법이 없습니다.');
          if (!input.active) await inTrx.requireAnotherActive(input.id, '사용하는 지원 방법이 하나는 있어야 합니다. 다른 방법을 먼저 추가하세요.');
          await trx.updateTable('interpretation_method').set({ ...fields, ...updatedStamp(author) }).where('id', '=', input.id).execute();
          return (await inTrx.byId(input.id))!;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.name}' 지원 방법이 이미 있습니다.`, 'name');
        throw error;
      }
    },

    requireAnotherActive,

    async remove(id: number): Promise<{ id: number }> {
      let name = '';
      const inUse = () => new UserFacingError('conflict', `'${name}'은(는) 통역 기록에 쓰여 삭제할 수 없습니다. 대신 '사용 안 함'으로 바꾸세요.`);
      try {
        return await writeTransaction(db, async (trx) => {
          const inTrx = methodRepository(trx);
          const method = await inTrx.byId(id);
          if (!method) throw new UserFacingError('not_found', '삭제할 지원 방법이 없습니다.');
          name = method.name;
          if (method.useCount > 0) throw inUse();
          if (method.active) await inTrx.requireAnotherActive(id, '사용하는 지원 방법이 하나는 있어야 합니다.');
          await trx.deleteFrom('interpretation_method').where('id', '=', id).execute();
          return { id };
        });
      } catch (error) {
        // The trigger holds the same rule for a record saved between the check and the delete.
        if (isConstraint(error, 'rule', 'interpretation_method_in_use')) throw inUse();
        throw error;
      }
    },
  };
}

export type MethodRepository = ReturnType<typeof methodRepository>;
