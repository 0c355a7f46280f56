import type { InterpretationBooking } from '../../shared/contract/interpretation';
import { XLSX_MIME } from '../../shared/exportFile';
import type { CoreDeps, DownloadDeps } from '../coreDeps';
import { authorOf } from '../db/audit';
import { readTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import { isServed } from './countingRule';
import { interpreterRoster } from './interpreterRoster';
import { methodRepository } from './methodRepository';
import { periodCounts } from './periodCounts';
import { describeFilter, requestFileName, writeRequests } from './requestExport';
import { requestRepository } from './requestRepository';
import { requestService } from './requestService';
import { summarize } from './requestSummary';

/** More rows than this do not help on a screen; the XLSX export carries them all. */
const SCREEN_ROWS = 10_000;

export function interpretationHandlers({ db, staff, downloads, readSnapshot }: CoreDeps & DownloadDeps): Handlers<
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
    // The file streams to a download: its address now, the file when the address is fetched.
    'interpretation.requests.export': (filter, ctx) =>
      downloads.issue('interpretation.requests.export', ctx, {
        fileName: requestFileName(filter),
        mimeType: XLSX_MIME,
        write: async (out) => {
          const names = {
            method: filter.methodId === null ? null : ((await methods.byId(filter.methodId))?.name ?? null),
            staff: filter.staffId === null ? null : ((await staff.staffById(filter.staffId))?.name ?? null),
          };
          // The rows and their counts are read at one moment, so the counts are the counts of the rows listed.
          await readSnapshot((atOnce) => writeRequests(out, requestRepository(atOnce), filter, describeFilter(filter, names)));
        },
      }),
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
