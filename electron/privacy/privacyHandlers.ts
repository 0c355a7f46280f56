import { UserFacingError } from '../../shared/result';
import type { CoreDeps } from '../coreDeps';
import type { HandlerContext } from '../ipc/handlerTypes';
import type { Handlers } from '../ipc/handlerTypes';
import { accessReviewRepository } from './accessReview';

type PrivacyChannels = 'privacy.accessRecords' | 'privacy.reviewMonth';

/** Who records a month's check: a signed-in person, whom the record names. */
const reviewer = (ctx: HandlerContext) => {
  if (!ctx.actor) throw new UserFacingError('forbidden', '접속기록 점검은 로그인한 관리자가 기록합니다. 먼저 로그인하세요.');
  return { staffId: ctx.actor.id, desk: ctx.desk };
};

/** 접속기록 점검 (administrators only: shared/contract/access.ts). */
export function privacyHandlers({ db }: Pick<CoreDeps, 'db'>): Handlers<PrivacyChannels> {
  const reviews = accessReviewRepository(db);
  return {
    'privacy.accessRecords': (filter) => reviews.month(filter),
    'privacy.reviewMonth': ({ month, note }, ctx) => reviews.recordReview(month, note, reviewer(ctx)),
  };
}
