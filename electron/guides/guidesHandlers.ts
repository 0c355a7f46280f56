import { deskToday } from '../../shared/korean/deskClock';
import type { CoreDeps } from '../coreDeps';
import type { Handlers } from '../ipc/handlerTypes';
import { exportMonth } from './guideExport';
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
  const commands = shiftCommands(db, helpers, shifts, today);
  const actor = (ctx: { actor: { id: number } | null }) => ctx.actor?.id ?? null;

  return {
    'guides.helpers': ({ includeInactive }) => helpers.list(includeInactive, today()),
    'guides.saveHelper': (input, ctx) => helpers.save(input, actor(ctx)),
    'guides.shifts': ({ from, to }) => shifts.between(from, to),
    'guides.monthSummary': ({ month }) => monthSummary(helpers, shifts, month),
    'guides.saveShift': (input, ctx) => commands.save(input, actor(ctx)),
    'guides.moveShift': (input, ctx) => commands.move(input, actor(ctx)),
    'guides.swapShifts': (input, ctx) => commands.swap(input, actor(ctx)),
    'guides.setShiftStatus': (input, ctx) => commands.setStatus(input, actor(ctx)),
    'guides.deleteShift': (input) => commands.remove(input),
    'guides.previewPattern': (input) => planPattern(helpers, shifts, input),
    'guides.applyPattern': (input, ctx) => applyPattern(db, helpers, shifts, input, actor(ctx)),
    'guides.exportMonth': ({ month }) => exportMonth(helpers, shifts, month, settings.read().officeName),
  };
}
