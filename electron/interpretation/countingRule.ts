/**
 * Which requests count as interpretation support given, everywhere a count is shown or reported.
 *
 * Counted: requests that took place and ended 처리 완료 or 다른 기관 안내 — in both the visitor was
 * served through the interpreter (a referral is still a served request). Not counted:
 * - 미처리: the visitor left without being helped (no interpreter reached, task not done); counting it
 *   would report help that was not given. It stays in the list so the desk can see and follow up.
 * - 취소: a booking that was called off never happened.
 * - 예약: a booking that has not happened yet; it counts on the day it is closed as 완료.
 * A constant SQL fragment (no user values) shared by the list's summary, the day board and the report,
 * so the three can never disagree.
 */
export const SERVED_SQL = `(r.status = '완료' AND r.outcome IN ('처리 완료', '다른 기관 안내'))`;

export const isServed = (r: { status: string; outcome: string | null }) =>
  r.status === '완료' && (r.outcome === '처리 완료' || r.outcome === '다른 기관 안내');
