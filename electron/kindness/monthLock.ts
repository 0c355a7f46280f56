import { kindnessMonthLabel } from '../../shared/contract/kindness';
import { UserFacingError } from '../../shared/result';
import type { Actor } from '../ipc/handlerTypes';
import type { PickRepository } from './pickRepository';

export const lockedMessage = (month: string) =>
  `${kindnessMonthLabel(month)}은 확정되어 잠겨 있습니다. 고치려면 월간 심사표에서 먼저 '확정 해제'를 하세요(사유 기록).`;

/** A confirmed month takes no new nomination, rating or pick until it is unlocked with a reason. */
export function requireOpenMonth(picks: PickRepository, month: string) {
  if (picks.isConfirmed(month)) throw new UserFacingError('conflict', lockedMessage(month));
}

/** Picks, confirmations and unlocks name who did them; nobody at the PC means nobody to name. */
export function requireActor(actor: Actor | null, doing: string): Actor {
  if (!actor) throw new UserFacingError('forbidden', `${doing} 전에 오른쪽 위에서 현재 사용자를 선택하세요.`);
  return actor;
}

/**
 * The database's own guards (the triggers in 008_kindness.sql) speak English; should one fire
 * (another PC confirmed the month a moment ago), the user still gets the Korean reason.
 */
export function translateKindnessDbError(error: unknown, month: string): unknown {
  const message = error instanceof Error ? error.message : '';
  if (message.includes('kindness: month is confirmed')) return new UserFacingError('conflict', lockedMessage(month));
  if (message.includes('kindness: department limit reached')) {
    return new UserFacingError('conflict', '같은 부서에서 이미 이 달의 한도만큼 선정되었습니다.');
  }
  if (message.includes('kindness: picked within the recent months')) {
    return new UserFacingError('conflict', '최근 선정된 직원이라 이 달에는 선정할 수 없습니다.');
  }
  if (message.includes('kindness: pick without a nomination')) {
    return new UserFacingError('not_found', '이 달 추천 명단에 없는 직원입니다. 먼저 추천을 접수하세요.', 'staffId');
  }
  return error;
}
