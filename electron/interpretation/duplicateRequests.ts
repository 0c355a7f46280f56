import type { InterpretationRequest } from '../../shared/contract/interpretation';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { requestRepository } from './requestRepository';

/** 전입신고, " 전입 신고 " and 전입신고 are the same errand. */
const sameTask = (a: string, b: string) => a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

/**
 * The requests a new (or edited) one would repeat: the same language on the same day at the same time, for
 * the same errand, not called off. The form asks before saving such a request a second time; the desk
 * may still save it (two visitors of the same language can come for the same errand at once).
 */
export function duplicateRequestHandlers({ db }: Pick<CoreDeps, 'db'>): Handlers<'interpretation.requests.duplicates'> {
  const repo = requestRepository(db);
  return {
    'interpretation.requests.duplicates': async ({ id, date, time, language, task }) => {
      const candidates = await db
        .selectFrom('interpretation_request')
        .select(['id', 'task'])
        .where('requested_on', '=', date)
        .where('language', '=', language)
        .where((eb) => (time === null ? eb('requested_time', 'is', null) : eb('requested_time', '=', time)))
        .where('status', '!=', '취소')
        .$if(id !== undefined, (q) => q.where('id', '!=', id!))
        .orderBy('id')
        .execute();
      const found: InterpretationRequest[] = [];
      for (const c of candidates.filter((c) => sameTask(c.task, task))) {
        const request = await repo.byId(c.id);
        if (request) found.push(request);
      }
      return found;
    },
  };
}
