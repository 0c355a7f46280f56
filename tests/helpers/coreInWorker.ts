import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/result';
import type { WorkerAnswer, WorkerCall } from './coreWorker';

/** Longer than any call may take: past it the core is taken to be frozen, and its worker is stopped. */
const FROZEN_AFTER_MS = 5_000;

/**
 * A fresh core on a temp SQLite file in a worker thread (tests/helpers/coreWorker.ts). `call` answers
 * `{ frozen: true }` when the core has not answered in time; the worker is then gone and a new one
 * must be started.
 */
export async function coreInWorker() {
  const worker = new Worker(new URL('./coreWorker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  failed.catch(() => undefined);
  const next = <T>() => Promise.race([new Promise<T>((resolve) => worker.once('message', resolve)), failed]);
  // Loading the core's sources into a new thread takes seconds on a busy machine: not part of any call's time.
  const { dataDir } = await next<{ dataDir: string }>();
  let stopped = false;

  return {
    async call(channel: string, input: unknown): Promise<WorkerAnswer | { frozen: true }> {
      if (stopped) return { frozen: true };
      const answered = next<WorkerAnswer>();
      worker.postMessage({ channel, input } satisfies WorkerCall);
      let timer: NodeJS.Timeout | undefined;
      const frozen = new Promise<{ frozen: true }>((resolve) => (timer = setTimeout(() => resolve({ frozen: true }), FROZEN_AFTER_MS)));
      const first = await Promise.race([answered, frozen]);
      clearTimeout(timer);
      if ('frozen' in first) {
        stopped = true;
        await worker.terminate();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
      return first;
    },
    /** The core's answer, for setting up: a frozen core is a thrown error here. */
    async result(channel: string, input: unknown): Promise<Result<unknown>> {
      const answer = await this.call(channel, input);
      if ('frozen' in answer || !answer.result) throw new Error(`${channel}: ${'frozen' in answer ? 'frozen' : answer.escaped}`);
      return answer.result;
    },
    async close() {
      if (stopped) return;
      const closed = next<'closed'>();
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}

export type CoreInWorker = Awaited<ReturnType<typeof coreInWorker>>;
