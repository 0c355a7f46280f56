import { kindnessMonthLabel } from '../../shared/contract/kindness';
import { withParticle } from '../../shared/korean/particles';
import { UserFacingError } from '../../shared/result';
import { isConstraint } from '../db/constraintErrors';
import type { Actor } from '../ipc/handlerTypes';
import type { PickRepository } from './pickRepository';

export const lockedMessage = (month: string) =>
  `${kindnessMonthLabel(month)}은 확정되어 잠겨 있습니다. 고치려면 월간 심사표에서 먼저 '확정 해제'를 하세요(사유 기록).`;

/** A confirmed month takes no new nomination, rating or pick until it is unlocked with a reason. */
export async function requireOpenMonth(picks: PickRepository, month: string) {
  if (await picks.isConfirmed(month)) throw new UserFacingError('conflict', lockedMessage(month));
}

/**
 * Picks, confirmations and unlocks name who did them; nobody signed in means nobody to name. (The core
 * refuses such a call before it gets here; this keeps the rule where the record is written too.)
 */
export function requireActor(actor: Actor | null, doing: string): Actor {
  if (!actor) throw new UserFacingError('forbidden', `${withParticle(doing, '은/는')} 로그인한 사람만 할 수 있습니다. 먼저 로그인하세요.`);
  return actor;
}

/** The database's own guards (the rule triggers of migration 008), by the message both engines give them. */
const RULES: { rule: string; answer: (month: string) => UserFacingError }[] = [
  { rule: 'kindness: month is confirmed', answer: (month) => new UserFacingError('conflict', lockedMessage(month)) },
  { rule: 'kindness: department limit reached', answer: () => new UserFacingError('conflict', '같은 부서에서 이미 이 달의 한도만큼 선정되었습니다.') },
  { rule: 'kindness: picked within the recent months', answer: () => new UserFacingError('conflict', '최근 선정된 직원이라 이 달에는 선정할 수 없습니다.') },
  {
    rule: 'kindness: pick without a nomination',
    answer: () => new UserFacingError('not_found', '이 달 추천 명단에 없는 직원입니다. 먼저 추천을 접수하세요.', 'staffId'),
  },
  {
    rule: 'kindness: unlocking a month needs a logged reason',
    answer: (month) => new UserFacingError('conflict', `${kindnessMonthLabel(month)}의 확정 해제 사유가 기록되지 않아 확정을 풀 수 없습니다.`),
  },
];

/**
 * The database's guards speak English (the same message on both engines); should one fire, whatever
 * code wrote, the user still gets the Korean reason.
 */
export function translateKindnessDbError(error: unknown, month: string): unknown {
  const guard = RULES.find((r) => isConstraint(error, 'rule', r.rule));
  return guard ? guard.answer(month) : error;
}
