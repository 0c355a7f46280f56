/**
 * The core a bench child opens, as the app opens it: the core's modules loaded when asked (so a child
 * that times its start counts them), a settings store in memory, and the records the bench made
 * (MINWON_BENCH_RECORDS, a RecordsLocation as JSON) or the data folder's own.
 */
export async function openBenchCore(dataDir: string) {
  const { createCore } = await import('../../electron/core');
  const { memoryLogger } = await import('../../electron/log');
  const data = new Map<string, unknown>();
  const store = { get: (k: string) => structuredClone(data.get(k)), set: (k: string, v: unknown) => void data.set(k, structuredClone(v)) };
  const records = process.env.MINWON_BENCH_RECORDS ? JSON.parse(process.env.MINWON_BENCH_RECORDS) : undefined;
  return createCore({ dataDir, store, log: memoryLogger().logger, records, desk: 'BENCH' });
}
