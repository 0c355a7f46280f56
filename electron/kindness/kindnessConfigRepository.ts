import {
  KINDNESS_SOURCES,
  kindnessSourceLabels,
  type KindnessConfig,
  type KindnessCriterion,
  type KindnessRules,
  type KindnessSource,
} from '../../shared/contract/kindness';
import { UserFacingError } from '../../shared/result';
import { createdStamp, isUniqueViolation, updatedStamp, type Author } from '../db/audit';
import type { Db } from '../db/schema';

interface CriterionRow {
  id: number;
  name: string;
  weight: number;
  sort_order: number;
  active: number;
}

const toCriterion = (r: CriterionRow): KindnessCriterion => ({
  id: r.id,
  name: r.name,
  weight: r.weight,
  sortOrder: r.sort_order,
  active: r.active === 1,
});

/** Every source with its label and points, in the office's fixed order. */
export const sourcesWithWeights = (weights: Map<KindnessSource, number>): KindnessConfig['sources'] =>
  KINDNESS_SOURCES.map((source) => ({ source, label: kindnessSourceLabels[source], weight: weights.get(source) ?? 0 }));

/** The area's own settings: points per nomination source, the rating criteria, the picking rules. */
export function kindnessConfigRepository(db: Db) {
  const criteria = () => db.selectFrom('kindness_criterion').select(['id', 'name', 'weight', 'sort_order', 'active']);

  const repo = {
    async sourceWeights(): Promise<Map<KindnessSource, number>> {
      const rows = await db.selectFrom('kindness_source_weight').select(['source', 'weight']).execute();
      return new Map(rows.map((r) => [r.source, r.weight]));
    },

    sources: async (): Promise<KindnessConfig['sources']> => sourcesWithWeights(await repo.sourceWeights()),

    criteria: async (): Promise<KindnessCriterion[]> => (await criteria().orderBy('sort_order').orderBy('id').execute()).map(toCriterion),

    async criterionById(id: number): Promise<KindnessCriterion | null> {
      const row = await criteria().where('id', '=', id).executeTakeFirst();
      return row ? toCriterion(row) : null;
    },

    async rules(): Promise<KindnessRules> {
      const r = await db
        .selectFrom('kindness_rule as r')
        .leftJoin('staff as s', 's.id', 'r.updated_by')
        .select(['r.recent_months', 'r.max_per_department', 'r.updated_at', 's.name as updated_by_name'])
        .where('r.id', '=', 1)
        .executeTakeFirstOrThrow();
      return { recentMonths: r.recent_months, maxPerDepartment: r.max_per_department, updatedAt: r.updated_at, updatedByName: r.updated_by_name };
    },

    config: async (): Promise<KindnessConfig> => ({ sources: await repo.sources(), criteria: await repo.criteria(), rules: await repo.rules() }),

    /** Call inside a write transaction: all weights or none, or the board would be scored by two different scales. */
    async saveSourceWeights(weights: { source: KindnessSource; weight: number }[], author: Author): Promise<KindnessConfig> {
      for (const w of weights) {
        await db.updateTable('kindness_source_weight').set({ weight: w.weight, ...updatedStamp(author) }).where('source', '=', w.source).execute();
      }
      return repo.config();
    },

    async saveCriterion(input: { id?: number; name: string; weight: number; sortOrder: number; active: boolean }, author: Author): Promise<KindnessCriterion> {
      const fields = { name: input.name, weight: input.weight, sort_order: input.sortOrder, active: input.active ? 1 : 0 };
      try {
        let id = input.id;
        if (id === undefined) {
          id = (await db.insertInto('kindness_criterion').values({ ...fields, ...createdStamp(author) }).returning('id').executeTakeFirstOrThrow()).id;
        } else {
          const changed = await db.updateTable('kindness_criterion').set({ ...fields, ...updatedStamp(author) }).where('id', '=', id).executeTakeFirst();
          if (Number(changed.numUpdatedRows) === 0) throw new UserFacingError('not_found', '수정할 심사 항목이 없습니다.');
        }
        return (await repo.criterionById(id))!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.name}' 심사 항목이 이미 있습니다.`, 'name');
        throw error;
      }
    },

    async saveRules(input: { recentMonths: number; maxPerDepartment: number }, author: Author): Promise<KindnessRules> {
      await db
        .updateTable('kindness_rule')
        .set({ recent_months: input.recentMonths, max_per_department: input.maxPerDepartment, ...updatedStamp(author) })
        .where('id', '=', 1)
        .execute();
      return repo.rules();
    },
  };
  return repo;
}

export type KindnessConfigRepository = ReturnType<typeof kindnessConfigRepository>;
