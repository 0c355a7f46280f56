import type { KindnessMonthSummary } from '../../shared/contract/kindness';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { exportKindnessAnnouncement, kindnessAnnouncement } from './announcement';
import { kindnessHistory, kindnessYearLine } from './history';
import { kindnessConfigRepository } from './kindnessConfigRepository';
import { shiftMonth } from './kindnessMonths';
import { monthlyBoard, type KindnessRepos } from './monthlyBoard';
import { nominationRepository } from './nominationRepository';
import { kindnessNominations } from './nominations';
import { pickRepository } from './pickRepository';
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

export function kindnessHandlers({ db, staff, settings }: CoreDeps): Handlers<KindnessChannel> {
  const repos: KindnessRepos = {
    config: kindnessConfigRepository(db),
    nominations: nominationRepository(db),
    picks: pickRepository(db),
    staff,
  };
  const nominations = kindnessNominations(db, repos);
  const picking = kindnessPicking(db, repos);

  const monthSummary = (month: string): KindnessMonthSummary => {
    const previous = shiftMonth(month, -1);
    return {
      month,
      ...repos.nominations.monthCounts(month),
      confirmed: repos.picks.isConfirmed(month),
      picks: repos.picks.byMonth(month).map((p) => ({ name: p.name, departmentName: p.department_name })),
      previousMonth: { month: previous, confirmed: repos.picks.isConfirmed(previous), nominations: repos.nominations.monthCounts(previous).nominations },
    };
  };

  return {
    'kindness.config': () => repos.config.config(),
    'kindness.saveSourceWeights': ({ weights }, { actor }) => repos.config.saveSourceWeights(weights, actor?.id ?? null),
    'kindness.saveCriterion': (input, { actor }) => repos.config.saveCriterion(input, actor?.id ?? null),
    'kindness.saveRules': (input, { actor }) => repos.config.saveRules(input, actor?.id ?? null),

    'kindness.nominations': ({ month }) => repos.nominations.byMonth(month),
    'kindness.saveNomination': (input, { actor }) => nominations.saveNomination(input, actor),
    'kindness.deleteNomination': ({ id }) => nominations.deleteNomination(id),

    'kindness.board': ({ month }) => monthlyBoard(repos, month),
    'kindness.rate': (input, { actor }) => nominations.rate(input, actor),
    'kindness.pick': ({ month, staffId, reason, exception }, { actor }) => picking.pick(month, staffId, reason, exception, actor),
    'kindness.unpick': ({ month, staffId }, { actor }) => picking.unpick(month, staffId, actor),
    'kindness.confirmMonth': ({ month }, { actor }) => picking.confirm(month, actor),
    'kindness.unlockMonth': ({ month, reason }, { actor }) => picking.unlock(month, reason, actor),

    'kindness.history': ({ year }) => kindnessHistory(db, repos, year),
    'kindness.yearLine': (range) => kindnessYearLine(db, range),
    'kindness.monthSummary': ({ month }) => monthSummary(month),
    'kindness.announcement': ({ month }) => kindnessAnnouncement(repos, month),
    'kindness.exportAnnouncement': ({ month }) => exportKindnessAnnouncement(repos, settings, month),
  };
}
