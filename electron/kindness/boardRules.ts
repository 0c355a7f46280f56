import { kindnessMonthLabel, type KindnessCriterion, type KindnessFlag, type KindnessSource } from '../../shared/contract/kindness';
import { addMonths } from '../../shared/dateRange';

/**
 * The board's score, shown on the 월간 심사표 tab in the same words:
 *
 *   score = Σ (points of each nomination's source)  +  Σ over active criteria (criterion weight × rating 1–5)
 *
 * Several nominations for one person add up; an unrated criterion adds nothing; a deactivated
 * criterion keeps its old ratings but no longer counts.
 */
export function nominationScore(nominations: { source: KindnessSource }[], weights: Map<KindnessSource, number>): number {
  return nominations.reduce((sum, n) => sum + (weights.get(n.source) ?? 0), 0);
}

export function ratingScore(ratings: { criterionId: number; rating: number }[], criteria: KindnessCriterion[]): number {
  const weightOf = new Map(criteria.filter((c) => c.active).map((c) => [c.id, c.weight]));
  return ratings.reduce((sum, r) => sum + (weightOf.get(r.criterionId) ?? 0) * r.rating, 0);
}

/**
 * "Not picked within the last N months": a pick in any of the N months before the board's month
 * (for N = 6 and 2025-03, that is 2024-09 … 2025-02) flags the person, naming the latest such month.
 * Months are compared as 'yyyy-MM' text, which orders correctly across a year end.
 */
export function recentPickFlag(month: string, recentMonths: number, picksOfPerson: { month: string }[]): KindnessFlag | null {
  if (recentMonths <= 0) return null;
  const earliest = addMonths(month, -recentMonths);
  const recent = picksOfPerson.map((p) => p.month).filter((m) => m >= earliest && m < month);
  if (recent.length === 0) return null;
  const latest = recent.sort().at(-1)!;
  return { kind: 'recent', text: `최근 ${recentMonths}개월 내 선정(${kindnessMonthLabel(latest)})` };
}

/** "At most K picks per department per month", counted by each pick's department at the time of the pick. */
export function departmentFlag(picksInDepartment: number, maxPerDepartment: number): KindnessFlag | null {
  if (maxPerDepartment <= 0 || picksInDepartment < maxPerDepartment) return null;
  return { kind: 'department', text: `같은 부서에서 이미 ${picksInDepartment}명 선정(부서당 월 ${maxPerDepartment}명까지)` };
}

export function inactiveFlag(active: boolean): KindnessFlag | null {
  return active ? null : { kind: 'inactive', text: '재직 중이 아님(퇴직·휴직)' };
}

/** Highest score first; ties go to the person with more nominations, then by name. */
export function byScore<T extends { score: number; nominations: unknown[]; name: string }>(a: T, b: T): number {
  return b.score - a.score || b.nominations.length - a.nominations.length || a.name.localeCompare(b.name, 'ko');
}
