import type { InterpretationBooking, ParsedRequestFilter, RequestListSummary } from '../../shared/contract/interpretation';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { isServed } from './countingRule';
import { interpreterRoster } from './interpreterRoster';
import { methodRepository } from './methodRepository';
import { periodCounts } from './periodCounts';
import { describeFilter, exportRequests } from './requestExport';
import { requestRepository, type RequestRepository } from './requestRepository';
import { requestService } from './requestService';

/** More rows than this do not help on a screen; the XLSX export carries them all. */
const SCREEN_ROWS = 10_000;

const summarize = (repo: RequestRepository, filter: ParsedRequestFilter): RequestListSummary => {
  const states = repo.stateCounts(filter);
  const sum = (pick: (s: (typeof states)[number]) => boolean, field: 'cases' | 'people' = 'cases') =>
    states.filter(pick).reduce((n, s) => n + s[field], 0);
  return {
    listed: sum(() => true),
    served: { cases: sum(isServed), people: sum(isServed, 'people') },
    byLanguage: repo.servedByLanguage(filter),
    byMethod: repo.servedByMethod(filter),
    notCounted: {
      unresolved: sum((s) => s.outcome === '미처리'),
      booked: sum((s) => s.status === '예약'),
      cancelled: sum((s) => s.status === '취소'),
    },
  };
};

export function interpretationHandlers({ db, staff }: CoreDeps): Handlers<
  | 'interpretation.requests.list'
  | 'interpretation.requests.export'
  | 'interpretation.requests.save'
  | 'interpretation.requests.cancel'
  | 'interpretation.requests.delete'
  | 'interpretation.day'
  | 'interpretation.bookings'
  | 'interpretation.defaults'
  | 'interpretation.methods.list'
  | 'interpretation.methods.save'
  | 'interpretation.methods.delete'
  | 'interpretation.interpreters.list'
  | 'interpretation.interpreters.save'
  | 'interpretation.figures'
> {
  const repo = requestRepository(db);
  const methods = methodRepository(db);
  const roster = interpreterRoster(db);
  const requests = requestService(repo, methods, staff);
  const counts = periodCounts(db);

  return {
    'interpretation.requests.list': (filter) => {
      const rows = repo.list(filter, SCREEN_ROWS + 1);
      return { rows: rows.slice(0, SCREEN_ROWS), truncated: rows.length > SCREEN_ROWS, summary: summarize(repo, filter) };
    },
    'interpretation.requests.export': (filter) => {
      const names = {
        method: filter.methodId === null ? null : (methods.byId(filter.methodId)?.name ?? null),
        staff: filter.staffId === null ? null : (staff.staffById(filter.staffId)?.name ?? null),
      };
      return exportRequests(filter, describeFilter(filter, names), repo.list(filter, -1), summarize(repo, filter));
    },
    'interpretation.requests.save': (input, { actor }) => requests.save(input, actor),
    'interpretation.requests.cancel': ({ id }, { actor }) => requests.cancel(id, actor),
    'interpretation.requests.delete': ({ id }) => requests.remove(id),
    'interpretation.day': ({ date }) => {
      const list = repo.day(date);
      const served = list.filter(isServed);
      return {
        date,
        requests: list,
        served: { cases: served.length, people: served.reduce((n, r) => n + r.people, 0) },
        booked: list.filter((r) => r.status === '예약').length,
      };
    },
    'interpretation.bookings': ({ from, to }) =>
      repo.bookings(from, to).map(
        (r): InterpretationBooking => ({
          id: r.id,
          date: r.date,
          time: r.time,
          languageLabel: r.languageLabel,
          methodLabel: r.methodLabel,
          taskLabel: r.task,
          status: r.status,
        }),
      ),
    'interpretation.defaults': () => requests.defaults(),
    'interpretation.methods.list': ({ includeInactive }) => methods.list(includeInactive),
    'interpretation.methods.save': (input, { actor }) => methods.save(input, actor?.id ?? null),
    'interpretation.methods.delete': ({ id }) => methods.remove(id),
    'interpretation.interpreters.list': ({ language, includeInactive }) =>
      language ? roster.suggest(language) : roster.list(includeInactive),
    'interpretation.interpreters.save': (input, { actor }) => roster.save(input, actor?.id ?? null),
    'interpretation.figures': ({ from, to }) => counts(from, to),
  };
}
