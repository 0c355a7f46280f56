import type { KindnessMonthSummary } from '../../shared/contract/kindness';
import type { CoreDeps } from '../coreDeps';
import { authorOf } from '../db/audit';
import type { Db } from '../db/schema';
import { readTransaction, writeTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import { exportKindnessAnnouncement, kindnessAnnouncement } from './announcement';
import { kindnessHistory, kindnessYearLine } from './history';
import { addMonths } from '../../shared/dateRange';
import { kindnessRepos, type KindnessRepos } from './kindnessRepos';
import { monthlyBoard } from './monthlyBoard';
import { kindnessNominations } from './nominations';
import { kindnessPicking } from './picking';

type KindnessChannel =
  | 'kindness.config'
  | 'kindness.saveSourceWeights'
  | 'kindness.saveCriterion'
  | 'kindness.saveRules'
  | 'kindness.nominations'
  | 'kindness.saveNomination'
  | 'kindness.deleteNomination'
  | 'kindness.board'
  | 'kindness.rate'
  | 'kindness.pick'
  | 'kindness.unpick'
  | 'kindness.confirmMonth'
  | 'kindness.unlockMonth'
  | 'kindness.history'
  | 'kindness.yearLine'
  | 'kindness.monthSummary'
  | 'kindness.announcement'
  | 'kindness.exportAnnouncement';

async function monthSummary(repos: KindnessRepos, month: string): Promise<KindnessMonthSummary> {
  const previous = addMonths(month, -1);
  return {
    month,
    ...(await repos.nominations.monthCounts(month)),
    confirmed: await repos.picks.isConfirmed(month),
    picks: (await repos.picks.byMonth(month)).map((p) => ({ name: p.name, departmentName: p.department_name })),
    previousMonth: { month: previous, confirmed: await repos.picks.isConfirmed(previous), nominations: (await repos.nominations.monthCounts(previous)).nominations },
  };
}

export function kindnessHandlers({ db, settings }: CoreDeps): Handlers<KindnessChannel> {
  const repos = kindnessRepos(db);
  const nominations = kindnessNominations(db);
  const picking = kindnessPicking(db);
  /** A change to the area's settings, whole or not at all. */
  const write = <T>(change: (repos: KindnessRepos) => Promise<T>) => writeTransaction(db, (trx) => change(kindnessRepos(trx)));
  /** A view made of several reads (the board, the history, a list to announce) is read at one moment. */
  const read = <T>(view: (trx: Db) => Promise<T>) => readTransaction(db, view);

  return {
    'kindness.config': () => read((trx) => kindnessRepos(trx).config.config()),
    'kindness.saveSourceWeights': ({ weights }, ctx) => write((r) => r.config.saveSourceWeights(weights, authorOf(ctx))),
    'kindness.saveCriterion': (input, ctx) => write((r) => r.config.saveCriterion(input, authorOf(ctx))),
    'kindness.saveRules': (input, ctx) => write((r) => r.config.saveRules(input, authorOf(ctx))),

    'kindness.nominations': ({ month }) => repos.nominations.byMonth(month),
    'kindness.saveNomination': (input, ctx) => nominations.saveNomination(input, ctx),
    'kindness.deleteNomination': ({ id }, ctx) => nominations.deleteNomination(id, ctx),

    'kindness.board': ({ month }) => read((trx) => monthlyBoard(kindnessRepos(trx), month)),
    'kindness.rate': (input, ctx) => nominations.rate(input, ctx),
    'kindness.pick': ({ month, staffId, reason, exception }, ctx) => picking.pick(month, staffId, reason, exception, ctx),
    'kindness.unpick': ({ month, staffId }, ctx) => picking.unpick(month, staffId, ctx),
    'kindness.confirmMonth': ({ month }, ctx) => picking.confirm(month, ctx),
    'kindness.unlockMonth': ({ month, reason }, ctx) => picking.unlock(month, reason, ctx),

    'kindness.history': ({ year }) => read((trx) => kindnessHistory(trx, year)),
    'kindness.yearLine': (range) => read((trx) => kindnessYearLine(trx, range)),
    'kindness.monthSummary': ({ month }) => read((trx) => monthSummary(kindnessRepos(trx), month)),
    'kindness.announcement': ({ month }) => read((trx) => kindnessAnnouncement(kindnessRepos(trx), month)),
    'kindness.exportAnnouncement': async ({ month }) => exportKindnessAnnouncement(await read((trx) => kindnessAnnouncement(kindnessRepos(trx), month)), settings),
  };
}
