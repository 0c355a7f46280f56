import { kindnessSourceLabels, type KindnessNomination, type KindnessSource } from '../../shared/contract/kindness';
import { createdStamp, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

interface NominationRow {
  id: number;
  month: string;
  staff_id: number;
  staff_name: string;
  department_name: string;
  position: string;
  source: KindnessSource;
  evidence: string;
  received_on: string;
  entered_by: number;
  entered_by_name: string;
}

const toNomination = (r: NominationRow): KindnessNomination => ({
  id: r.id,
  month: r.month,
  staffId: r.staff_id,
  staffName: r.staff_name,
  departmentName: r.department_name,
  position: r.position,
  source: r.source,
  sourceLabel: kindnessSourceLabels[r.source],
  evidence: r.evidence,
  receivedOn: r.received_on,
  enteredById: r.entered_by,
  enteredByName: r.entered_by_name,
});

export interface NominationFields {
  month: string;
  staffId: number;
  source: KindnessSource;
  evidence: string;
  receivedOn: string;
  enteredById: number;
}

const columns = (f: NominationFields) => ({
  month: f.month,
  staff_id: f.staffId,
  source: f.source,
  evidence: f.evidence,
  received_on: f.receivedOn,
  entered_by: f.enteredById,
});

/** Owns kindness_nomination and kindness_rating: what was said about whom, and the team lead's ratings. */
export function nominationRepository(db: Db) {
  // The nominee's department and position as they are today: a nomination is about the person now.
  const nominations = () =>
    db
      .selectFrom('kindness_nomination as n')
      .innerJoin('staff as s', 's.id', 'n.staff_id')
      .innerJoin('department as d', 'd.id', 's.department_id')
      .innerJoin('staff as e', 'e.id', 'n.entered_by')
      .select(['n.id', 'n.month', 'n.staff_id', 's.name as staff_name', 'd.name as department_name', 's.position', 'n.source', 'n.evidence', 'n.received_on', 'n.entered_by', 'e.name as entered_by_name']);

  return {
    byMonth: async (month: string): Promise<KindnessNomination[]> =>
      (await nominations().where('n.month', '=', month).orderBy('n.received_on').orderBy('n.id').execute()).map(toNomination),

    async byId(id: number): Promise<KindnessNomination | null> {
      const row = await nominations().where('n.id', '=', id).executeTakeFirst();
      return row ? toNomination(row) : null;
    },

    insert: async (fields: NominationFields, author: Author): Promise<number> =>
      (await db.insertInto('kindness_nomination').values({ ...columns(fields), ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id,

    update: (id: number, fields: NominationFields, author: Author) =>
      db.updateTable('kindness_nomination').set({ ...columns(fields), ...updatedStamp(author) }).where('id', '=', id).execute(),

    remove: (id: number) => db.deleteFrom('kindness_nomination').where('id', '=', id).execute(),

    countFor: async (month: string, staffId: number): Promise<number> =>
      (
        await db
          .selectFrom('kindness_nomination')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('month', '=', month)
          .where('staff_id', '=', staffId)
          .executeTakeFirstOrThrow()
      ).n,

    monthCounts: (month: string): Promise<{ nominations: number; nominees: number }> =>
      db
        .selectFrom('kindness_nomination')
        .select((eb) => [eb.fn.countAll<number>().as('nominations'), eb.fn.count<number>('staff_id').distinct().as('nominees')])
        .where('month', '=', month)
        .executeTakeFirstOrThrow(),

    /** Nominations per month, for the months that have any. */
    async countsBetween(fromMonth: string, toMonth: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('kindness_nomination')
        .select((eb) => ['month', eb.fn.countAll<number>().as('n')])
        .where((eb) => eb.between('month', fromMonth, toMonth))
        .groupBy('month')
        .execute();
      return new Map(rows.map((r) => [r.month, r.n]));
    },

    ratings: (month: string) => db.selectFrom('kindness_rating').select(['staff_id', 'criterion_id', 'rating']).where('month', '=', month).execute(),

    async setRating(month: string, staffId: number, criterionId: number, rating: number | null, author: Author) {
      if (rating === null) {
        await db.deleteFrom('kindness_rating').where('month', '=', month).where('staff_id', '=', staffId).where('criterion_id', '=', criterionId).execute();
        return;
      }
      // Rating a criterion again with the same value is no change: the row keeps who rated it and when.
      await db
        .insertInto('kindness_rating')
        .values({ month, staff_id: staffId, criterion_id: criterionId, rating, ...createdStamp(author) })
        .onConflict((oc) =>
          oc
            .columns(['month', 'staff_id', 'criterion_id'])
            .doUpdateSet((eb) => ({
              rating: eb.ref('excluded.rating'),
              updated_at: eb.ref('excluded.updated_at'),
              updated_by: eb.ref('excluded.updated_by'),
              updated_desk: eb.ref('excluded.updated_desk'),
            }))
            .where((eb) => eb('kindness_rating.rating', '<>', eb.ref('excluded.rating'))),
        )
        .execute();
    },

    /** Ratings mean nothing once the person has no nomination left that month. */
    clearRatingsOf: (month: string, staffId: number) => db.deleteFrom('kindness_rating').where('month', '=', month).where('staff_id', '=', staffId).execute(),
  };
}

export type NominationRepository = ReturnType<typeof nominationRepository>;
