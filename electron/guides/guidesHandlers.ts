import { deskToday } from '../../shared/korean/deskClock';
import type { CoreDeps } from '../coreDeps';
import { authorOf } from '../db/audit';
import { writeTransaction } from '../db/writeTransaction';
import type { Handlers } from '../ipc/handlerTypes';
import { exportMonth } from './guideExport';
import { monthlyGuideFigures } from './guideFigures';
import { helperRepository } from './helperRepository';
import { monthSummary } from './monthSummary';
import { applyPattern, planPattern } from './patternPlanner';
import { shiftCommands } from './shiftCommands';
import { shiftRepository } from './shiftRepository';

type GuideChannel =
  | 'guides.helpers'
  | 'guides.saveHelper'
  | 'guides.shifts'
  | 'guides.monthSummary'
  | 'guides.monthlyFigures'
  | 'guides.saveShift'
  | 'guides.moveShift'
  | 'guides.swapShifts'
  | 'guides.setShiftStatus'
  | 'guides.deleteShift'
  | 'guides.previewPattern'
  | 'guides.applyPattern'
  | 'guides.exportMonth';

/** 민원 안내 도우미: the helpers, their shifts, month plans from a pattern, coverage and totals. */
export function guidesHandlers(deps: CoreDeps, today: () => string = deskToday): Handlers<GuideChannel> {
  const { db, settings } = deps;
  const helpers = helperRepository(db);
  const shifts = shiftRepository(db);
  const commands = shiftCommands(db, today);

  return {
    'guides.helpers': ({ includeInactive }) => helpers.list(includeInactive, today()),
    // The active-period check and the change see the same shifts.
    'guides.saveHelper': (input, ctx) => writeTransaction(db, (trx) => helperRepository(trx).save(input, authorOf(ctx))),
    'guides.shifts': ({ from, to }) => shifts.between(from, to),
    'guides.monthSummary': ({ month }) => monthSummary(helpers, shifts, month),
    'guides.monthlyFigures': ({ from, to }) => monthlyGuideFigures(db, from, to),
    'guides.saveShift': (input, ctx) => commands.save(input, authorOf(ctx)),
    'guides.moveShift': (input, ctx) => commands.move(input, authorOf(ctx)),
    'guides.swapShifts': (input, ctx) => commands.swap(input, authorOf(ctx)),
    'guides.setShiftStatus': (input, ctx) => commands.setStatus(input, authorOf(ctx)),
    'guides.deleteShift': (input) => commands.remove(input),
    'guides.previewPattern': (input) => planPattern(helpers, shifts, input),
    'guides.applyPattern': (input, ctx) => applyPattern(db, input, authorOf(ctx)),
    'guides.exportMonth': async ({ month }) => exportMonth(helpers, shifts, month, (await settings.current()).officeName),
  };
}
