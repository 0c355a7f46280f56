import { openBenchCore } from '../childCore';

/**
 * A start of the app's core in a process of its own, as the app and the preview start it: the core's
 * modules loaded, the records opened, and the first call answered (the settings every screen reads, before anyone signs in); then the
 * start-up chores the app runs once its window shows (core.afterStart: the retention purge). Prints
 * one JSON line: CPU and wall time to the first answer, and the chores' time.
 * Argument: the data folder; MINWON_BENCH_RECORDS may name the records (JSON of a RecordsLocation).
 */
const dataDir = process.argv[2];
const core = await openBenchCore(dataDir);
const answer = await core.call('settings.get', {});
if (!answer.ok) throw new Error(`settings.get: ${answer.error.message}`);
const cpu = process.cpuUsage();
const firstAnswerMs = performance.now();
const chores = performance.now();
await core.afterStart();
const afterStartMs = performance.now() - chores;
await core.close();
console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, firstAnswerMs, afterStartMs }));
