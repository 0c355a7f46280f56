import type { EarlierTotalArea } from '../../shared/contract/imports';
import { UserFacingError } from '../../shared/result';
import { isConstraint } from '../db/constraintErrors';
import { EARLIER_TOTAL_RULE } from '../db/migrations/016_imports';
import type { Db } from '../db/schema';

/** `2023년 5월` or `2023년` for a total's period. */
export const periodLabel = (period: string) => (period.length === 4 ? `${period}년` : `${period.slice(0, 4)}년 ${Number(period.slice(5, 7))}월`);

/** A record of a month an earlier total counts (that month's or that year's) is refused: nothing is counted twice. */
export const coveredMessage = (period: string) =>
  `${periodLabel(period)}에는 이전 집계가 있어 기록을 넣을 수 없습니다. 같은 달이 두 번 세어지지 않도록, 이전 집계를 먼저 지우세요.`;

/** The periods (yyyy and yyyy-MM) of an area's earlier totals, for checking many rows at once. */
export async function earlierTotalPeriods(db: Db, area: EarlierTotalArea, options: { item?: string; cardId?: number | null } = {}) {
  const rows = await db
    .selectFrom('earlier_total')
    .select(['period', 'item'])
    .where('area', '=', area)
    .$if(options.cardId !== undefined && options.cardId !== null, (q) => q.where('card_id', '=', options.cardId!))
    .execute();
  const periods = rows.filter((r) => options.item === undefined || r.item === '' || r.item === options.item).map((r) => r.period);
  const set = new Set(periods);
  /** The total's period that covers the date or month, or null. */
  return (dateOrMonth: string) => (set.has(dateOrMonth.slice(0, 7)) ? dateOrMonth.slice(0, 7) : set.has(dateOrMonth.slice(0, 4)) ? dateOrMonth.slice(0, 4) : null);
}

/**
 * The database's own refusal (migration 016) of a record typed for a month with an earlier total, in
 * Korean, for whichever area's save it reached: the dispatcher asks here before calling it unexpected.
 */
export function earlierTotalRefusal(error: unknown): UserFacingError | null {
  return isConstraint(error, 'rule', EARLIER_TOTAL_RULE)
    ? new UserFacingError('conflict', '이 달에는 이전 집계(종이 보고서의 합계)가 있어 기록을 더할 수 없습니다. 같은 달이 두 번 세어지지 않도록, 공약 실적 → 이전 집계에서 그 달의 합계를 먼저 지우세요.')
    : null;
}
