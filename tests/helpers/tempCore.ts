import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import type { KeyValueStore } from '../../electron/settings/settingsService';
import type { ChannelName, Input, Output } from '../../shared/contract';
import type { Result } from '../../shared/result';

export const tempDir = (prefix = 'minwon-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export const memoryStore = (): KeyValueStore & { data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return { data, get: (k) => structuredClone(data.get(k)), set: (k, v) => data.set(k, structuredClone(v)) };
};

/** A whole app core on a real SQLite file in a fresh temp folder. */
export function tempCore() {
  const dataDir = tempDir();
  const store = memoryStore();
  const { logger, entries } = memoryLogger();
  const core = createCore({ dataDir, store, log: logger });
  const call = <K extends ChannelName>(channel: K, input: Input<K>) => core.call(channel, input) as Promise<Result<Output<K>>>;
  /** Calls a channel that must succeed, and returns its value. */
  const must = async <K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };
  return {
    core,
    dataDir,
    store,
    logEntries: entries,
    call,
    must,
    /** The live database: a restore replaces it, so it is read from the core each time. */
    get db() {
      return core.db;
    },
    close: () => core.close(),
  };
}

/** Every row of every table: two equal snapshots mean nothing changed. */
export function snapshotDb(db: ReturnType<typeof tempCore>['db']) {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  // Sorted in JS rather than by rowid, so WITHOUT ROWID tables compare too.
  const rows = (name: string) => db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort();
  return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]));
}
