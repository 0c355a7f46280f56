import type { InterpretationBooking, ParsedRequestFilter, RequestListSummary } from '../../shared/contract/interpretation';
import type { CoreDeps } from '../coreDeps';
import { authorOf } from '../db/audit';
import { readTransaction } from '../db/writeTransaction';
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

/** The list's 건·명 summary, counted by the same rule as the report (countingRule.ts). */
const summarize = async (repo: RequestRepository, filter: ParsedRequestFilter): Promise<RequestListSummary> => {
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
  const requests = requestService(db);
  const counts = periodCounts(db);

  return {
    // The rows and their summary are read at one moment, so the counts are the counts of the rows shown.
    'interpretation.requests.list': (filter) =>
      readTransaction(db, async (trx) => {
        const atOnce = requestRepository(trx);
        const rows = await atOnce.list(filter, SCREEN_ROWS + 1);
        return { rows: rows.slice(0, SCREEN_ROWS), truncated: rows.length > SCREEN_ROWS, summary: await summarize(atOnce, filter) };
      }),
    'interpretation.requests.export': async (filter) => {
      const names = {
        method: filter.methodId === null ? null : ((await methods.byId(filter.methodId))?.name ?? null),
        staff: filter.staffId === null ? null : ((await staff.staffById(filter.staffId))?.name ?? null),
      };
      const { rows, summary } = await readTransaction(db, async (trx) => {
        const atOnce = requestRepository(trx);
        return { rows: await atOnce.list(filter, null), summary: await summarize(atOnce, filter) };
      });
      return exportRequests(filter, describeFilter(filter, names), rows, summary);
    },
    'interpretation.requests.save': (input, ctx) => requests.save(input, authorOf(ctx)),
    'interpretation.requests.cancel': ({ id }, ctx) => requests.cancel(id, authorOf(ctx)),
    'interpretation.requests.delete': ({ id }) => requests.remove(id),
    'interpretation.day': async ({ date }) => {
      const list = await repo.day(date);
      const served = list.filter(isServed);
      return {
        date,
        requests: list,
        served: { cases: served.length, people: served.reduce((n, r) => n + r.people, 0) },
        booked: list.filter((r) => r.status === '예약').length,
      };
    },
    'interpretation.bookings': async ({ from, to }) =>
      (await repo.bookings(from, to)).map(
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
    'interpretation.methods.save': (input, ctx) => methods.save(input, authorOf(ctx)),
    'interpretation.methods.delete': ({ id }) => methods.remove(id),
    'interpretation.interpreters.list': ({ language, includeInactive }) =>
      language ? roster.suggest(language) : roster.list(includeInactive),
    'interpretation.interpreters.save': (input, ctx) => roster.save(input, authorOf(ctx)),
    'interpretation.figures': ({ from, to }) => counts(from, to),
  };
}
