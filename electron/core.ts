import path from 'node:path';
import type { Result } from '../shared/result';
import { openDatabase, type Db } from './db/connection';
import { dispatch } from './ipc/dispatch';
import type { HandlerContext, HandlerTable } from './ipc/handlerTypes';
import type { Logger } from './log';
import type { CoreDeps } from './coreDeps';
import { guidesHandlers } from './guides/guidesHandlers';
import { healingHandlers } from './healing/healingHandlers';
import { interpretationHandlers } from './interpretation/interpretationHandlers';
import { kindnessHandlers } from './kindness/kindnessHandlers';
import { loansHandlers } from './loans/loansHandlers';
import { pledgeHandlers } from './pledge/pledgeHandlers';
import { settingsHandlers } from './settings/settingsHandlers';
import { trainingsHandlers } from './trainings/trainingsHandlers';
import { settingsService, type KeyValueStore } from './settings/settingsService';
import { staffHandlers } from './staff/staffHandlers';
import { staffRepository } from './staff/staffRepository';

export interface CoreOptions {
  dataDir: string;
  store: KeyValueStore;
  log: Logger;
  printToPdf?: CoreDeps['printToPdf'];
}

/**
 * The whole app without a window: the database, the settings and the one handler table.
 * Electron's IPC and the browser preview's HTTP both call `call`; nothing else reaches the handlers.
 */
export function createCore({ dataDir, store, log, printToPdf }: CoreOptions) {
  const db: Db = openDatabase(path.join(dataDir, 'minwon.sqlite'));
  const settings = settingsService(store);
  const staff = staffRepository(db);

  const deps: CoreDeps = { db, settings, staff, log, dataDir, printToPdf };

  const table: HandlerTable = {
    ...staffHandlers(db, staff),
    ...settingsHandlers(settings, staff),
    ...loansHandlers(deps),
    ...interpretationHandlers(deps),
    ...guidesHandlers(deps),
    ...trainingsHandlers(deps),
    ...healingHandlers(deps),
    ...kindnessHandlers(deps),
    ...pledgeHandlers(deps),
  };

  const context = (): HandlerContext => {
    const id = settings.currentStaffId();
    const member = id === null ? null : staff.staffById(id);
    return { actor: member && member.active ? { id: member.id, name: member.name } : null };
  };

  return {
    db,
    settings,
    call: (channel: string, input: unknown): Promise<Result<unknown>> => dispatch(table, channel, input, context(), log),
    close: () => db.close(),
  };
}

export type Core = ReturnType<typeof createCore>;
