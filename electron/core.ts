import path from 'node:path';
import type { Result } from '../shared/result';
import { openDatabase, type Db } from './db/connection';
import { dispatch } from './ipc/dispatch';
import type { HandlerContext, HandlerTable } from './ipc/handlerTypes';
import type { Logger } from './log';
import { settingsHandlers } from './settings/settingsHandlers';
import { settingsService, type KeyValueStore } from './settings/settingsService';
import { staffHandlers } from './staff/staffHandlers';
import { staffRepository } from './staff/staffRepository';

export interface CoreOptions {
  dataDir: string;
  store: KeyValueStore;
  log: Logger;
}

/**
 * The whole app without a window: the database, the settings and the one handler table.
 * Electron's IPC and the browser preview's HTTP both call `call`; nothing else reaches the handlers.
 */
export function createCore({ dataDir, store, log }: CoreOptions) {
  const db: Db = openDatabase(path.join(dataDir, 'minwon.sqlite'));
  const settings = settingsService(store);
  const staff = staffRepository(db);

  const table: HandlerTable = {
    ...staffHandlers(db, staff),
    ...settingsHandlers(settings, staff),
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
