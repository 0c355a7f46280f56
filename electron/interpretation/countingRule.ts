import { sql, type ExpressionBuilder } from 'kysely';
import type { InterpretationRequestTable } from './interpretationTables';

/** A query over interpretation requests, named `r` in it. */
export type RequestScope = ExpressionBuilder<{ r: InterpretationRequestTable }, 'r'>;

const SERVED_OUTCOMES = ['처리 완료', '다른 기관 안내'] as const;

/**
 * Which requests count as interpretation support given, everywhere a count is shown or reported.
 *
 * Counted: requests that took place and ended 처리 완료 or 다른 기관 안내 — in both the visitor was
 * served through the interpreter (a referral is still a served request). Not counted:
 * - 미처리: the visitor left without being helped (no interpreter reached, task not done); counting it
 *   would report help that was not given. It stays in the list so the desk can see and follow up.
 * - 취소: a booking that was called off never happened.
 * - 예약: a booking that has not happened yet; it counts on the day it is closed as 완료.
 * One condition shared by the list's summary, the day board and the report, so the three can never disagree.
 * Written with literal values, as migration 018's index of served requests is: SQLite uses a partial index
 * only for a query whose condition says the same, and a bound parameter is not the same.
 */
export const served = (eb: RequestScope) =>
  eb.and([eb('r.status', '=', sql.lit('완료')), eb('r.outcome', 'in', SERVED_OUTCOMES.map((o) => sql.lit(o)))]);

export const isServed = (r: { status: string; outcome: string | null }) =>
  r.status === '완료' && SERVED_OUTCOMES.some((o) => o === r.outcome);
