import type { ParsedRequestFilter, RequestListSummary } from '../../shared/contract/interpretation';
import { isServed } from './countingRule';
import type { RequestRepository } from './requestRepository';

/** The list's 건·명 summary, counted by the same rule as the report (countingRule.ts): on the screen and in the file. */
export async function summarize(repo: RequestRepository, filter: ParsedRequestFilter): Promise<RequestListSummary> {
  const states = await repo.stateCounts(filter);
  const sum = (pick: (s: (typeof states)[number]) => boolean, field: 'cases' | 'people' = 'cases') =>
    states.filter(pick).reduce((n, s) => n + s[field], 0);
  return {
    listed: sum(() => true),
    served: { cases: sum(isServed), people: sum(isServed, 'people') },
    byLanguage: await repo.servedByLanguage(filter),
    byMethod: await repo.servedByMethod(filter),
    notCounted: {
      unresolved: sum((s) => s.outcome === '미처리'),
      booked: sum((s) => s.status === '예약'),
      cancelled: sum((s) => s.status === '취소'),
    },
  };
}
