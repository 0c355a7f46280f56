/**
 * A whole app core (tests/helpers/tempCore.ts) in a worker thread, answering one call at a time.
 * The tests that throw thousands of odd inputs at the channels run it here, so a call that never
 * returns (a loop that does not end) is a failed case the test can name, not a hung test run.
 *
 * For each refused call it reports whether the database or the settings changed: a refusal must
 * leave both as they were. Snapshotting the whole database is the slow part, so the snapshot is only
 * retaken when the database's change marker says a write may have happened since the last one.
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Result } from '../../shared/result';
import { snapshotDb, tempCore } from './tempCore';

export interface WorkerCall {
  channel: string;
  input: unknown;
}

export interface WorkerAnswer {
  result?: Result<unknown>;
  /** An exception that escaped core.call (it never should: every failure is an error value). */
  escaped?: string;
  /** The logged cause of an 'unexpected' error, for the failure report. */
  cause?: unknown;
  ms: number;
  dbChanged: boolean;
  settingsChanged: boolean;
}

// Nobody yet: the test seeds the office (seedOffice), whose first run makes its 관리자.
const app = await tempCore({ firstRun: false });
const settings = () => JSON.stringify([...app.store.data]);
let snapshot = '';
let snapshotAt = '';

async function answer({ channel, input }: WorkerCall): Promise<WorkerAnswer> {
  const changesBefore = await app.changeMarker();
  if (snapshotAt !== changesBefore) [snapshot, snapshotAt] = [JSON.stringify(await snapshotDb(app)), changesBefore];
  const settingsBefore = settings();
  const started = performance.now();
  let result: Result<unknown> | undefined;
  let escaped: string | undefined;
  try {
    result = await app.core.call(channel, input);
  } catch (error) {
    escaped = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  const ms = performance.now() - started;
  const refused = !result?.ok;
  const dbChanged = refused && (await app.changeMarker()) !== changesBefore && JSON.stringify(await snapshotDb(app)) !== snapshot;
  const cause = result && !result.ok && result.error.code === 'unexpected' ? app.logEntries.at(-1)?.context.error : undefined;
  return { result, escaped, cause, ms, dbChanged, settingsChanged: refused && settings() !== settingsBefore };
}

parentPort!.postMessage({ dataDir: app.dataDir });
parentPort!.on('message', async (message: WorkerCall | 'close') => {
  if (message === 'close') {
    await app.close();
    fs.rmSync(app.dataDir, { recursive: true, force: true });
    parentPort!.postMessage('closed');
    return;
  }
  parentPort!.postMessage(await answer(message));
});
