import {
  KINDNESS_SOURCES,
  kindnessSourceLabels,
  type KindnessConfig,
  type KindnessCriterion,
  type KindnessRules,
  type KindnessSource,
} from '../../shared/contract/kindness';
import { UserFacingError } from '../../shared/result';
import { isUniqueViolation, nowIso } from '../db/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transactions';

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

/** The area's own settings: points per nomination source, the rating criteria, the picking rules. */
export function kindnessConfigRepository(db: Db) {
  const stmt = {
    weights: db.prepare(`SELECT source, weight FROM kindness_source_weight`),
    saveWeight: db.prepare(`UPDATE kindness_source_weight SET weight = @weight, updated_at = @now, updated_by = @actor WHERE source = @source`),
    criteria: db.prepare(`SELECT id, name, weight, sort_order, active FROM kindness_criterion ORDER BY sort_order, id`),
    criterionById: db.prepare(`SELECT id, name, weight, sort_order, active FROM kindness_criterion WHERE id = ?`),
    insertCriterion: db.prepare(`
      INSERT INTO kindness_criterion (name, weight, sort_order, active, created_at, created_by, updated_at, updated_by)
      VALUES (@name, @weight, @sortOrder, @active, @now, @actor, @now, @actor)`),
    updateCriterion: db.prepare(`
      UPDATE kindness_criterion SET name = @name, weight = @weight, sort_order = @sortOrder, active = @active,
             updated_at = @now, updated_by = @actor
      WHERE id = @id`),
    rules: db.prepare(`
      SELECT r.recent_months, r.max_per_department, r.updated_at, s.name AS updated_by_name
      FROM kindness_rule r LEFT JOIN staff s ON s.id = r.updated_by WHERE r.id = 1`),
    saveRules: db.prepare(`
      UPDATE kindness_rule SET recent_months = @recentMonths, max_per_department = @maxPerDepartment,
             updated_at = @now, updated_by = @actor
      WHERE id = 1`),
  };

  const repo = {
    sourceWeights(): Map<KindnessSource, number> {
      const rows = stmt.weights.all() as { source: KindnessSource; weight: number }[];
      return new Map(rows.map((r) => [r.source, r.weight]));
    },

    sources(): KindnessConfig['sources'] {
      const weights = repo.sourceWeights();
      return KINDNESS_SOURCES.map((source) => ({ source, label: kindnessSourceLabels[source], weight: weights.get(source) ?? 0 }));
    },

    criteria: (): KindnessCriterion[] => (stmt.criteria.all() as CriterionRow[]).map(toCriterion),

    criterionById(id: number): KindnessCriterion | null {
      const row = stmt.criterionById.get(id) as CriterionRow | undefined;
      return row ? toCriterion(row) : null;
    },

    rules(): KindnessRules {
      const r = stmt.rules.get() as { recent_months: number; max_per_department: number; updated_at: string; updated_by_name: string | null };
      return { recentMonths: r.recent_months, maxPerDepartment: r.max_per_department, updatedAt: r.updated_at, updatedByName: r.updated_by_name };
    },

    config: (): KindnessConfig => ({ sources: repo.sources(), criteria: repo.criteria(), rules: repo.rules() }),

    saveSourceWeights(weights: { source: KindnessSource; weight: number }[], actorId: number | null): KindnessConfig {
      const now = nowIso();
      // All weights or none: a half-saved table would score the board by two different scales.
      writeTransaction(db, () => {
        for (const w of weights) stmt.saveWeight.run({ ...w, now, actor: actorId });
      })();
      return repo.config();
    },

    saveCriterion(
      input: { id?: number; name: string; weight: number; sortOrder: number; active: boolean },
      actorId: number | null,
    ): KindnessCriterion {
      const params = { ...input, active: input.active ? 1 : 0, now: nowIso(), actor: actorId };
      try {
        let id = input.id;
        if (id === undefined) id = Number(stmt.insertCriterion.run(params).lastInsertRowid);
        else if (stmt.updateCriterion.run({ ...params, id }).changes === 0) {
          throw new UserFacingError('not_found', '수정할 심사 항목이 없습니다.');
        }
        return repo.criterionById(id)!;
      } catch (error) {
        if (isUniqueViolation(error)) throw new UserFacingError('conflict', `'${input.name}' 심사 항목이 이미 있습니다.`, 'name');
        throw error;
      }
    },

    saveRules(input: { recentMonths: number; maxPerDepartment: number }, actorId: number | null): KindnessRules {
      stmt.saveRules.run({ ...input, now: nowIso(), actor: actorId });
      return repo.rules();
    },
  };
  return repo;
}

export type KindnessConfigRepository = ReturnType<typeof kindnessConfigRepository>;
