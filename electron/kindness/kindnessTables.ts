import type { Generated } from 'kysely';
import type { KindnessSource } from '../../shared/contract/kindness';
import type { AuthoredColumns } from '../staff/staffTables';

/** The desk (PC name) of the last change, on the rows that are only ever changed (011). */
interface UpdatedColumns {
  updated_at: string;
  updated_by: number | null;
  updated_desk: string | null;
}

/** 008: points one nomination from a source adds; the sources are fixed, their weights edited. */
export interface KindnessSourceWeightTable extends UpdatedColumns {
  source: KindnessSource;
  weight: number;
}

/** 008: what the team lead rates each nominee on (1–5); deactivated, never deleted. */
export interface KindnessCriterionTable extends AuthoredColumns {
  id: Generated<number>;
  name: string;
  weight: number;
  sort_order: number;
  active: Generated<number>;
}

/** 008: the picking rules, one row (id 1). */
export interface KindnessRuleTable extends UpdatedColumns {
  id: number;
  recent_months: number;
  max_per_department: number;
}

/** 008: a month's picking state; no row = still open, confirmed = 1 locks the month. */
export interface KindnessMonthTable extends UpdatedColumns {
  month: string;
  confirmed: number;
  confirmed_at: string | null;
  confirmed_by: number | null;
}

/** 008: who unlocked a confirmed month, when and why. */
export interface KindnessUnlockLogTable {
  id: Generated<number>;
  month: string;
  unlocked_at: string;
  unlocked_by: number;
  reason: string;
}

export interface KindnessNominationTable extends AuthoredColumns {
  id: Generated<number>;
  month: string;
  staff_id: number;
  source: KindnessSource;
  evidence: string;
  received_on: string;
  entered_by: number;
}

export interface KindnessRatingTable extends AuthoredColumns {
  month: string;
  staff_id: number;
  criterion_id: number;
  rating: number;
}

/** 008: department and position copied at the time of the pick; rule_exception holds the overridden flags. */
export interface KindnessPickTable extends AuthoredColumns {
  id: Generated<number>;
  month: string;
  staff_id: number;
  department_id: number;
  department_name: string;
  position: Generated<string>;
  reason: string;
  rule_exception: string | null;
  /** 016: 'imported' (가져옴) for a past pick brought in from the office's own list, without a nomination. */
  kind: Generated<'picked' | 'imported'>;
}

export interface KindnessTables {
  kindness_source_weight: KindnessSourceWeightTable;
  kindness_criterion: KindnessCriterionTable;
  kindness_rule: KindnessRuleTable;
  kindness_month: KindnessMonthTable;
  kindness_unlock_log: KindnessUnlockLogTable;
  kindness_nomination: KindnessNominationTable;
  kindness_rating: KindnessRatingTable;
  kindness_pick: KindnessPickTable;
}
