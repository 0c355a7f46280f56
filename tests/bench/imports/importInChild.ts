import fs from 'node:fs';
import path from 'node:path';
import { openBenchCore } from '../childCore';

/**
 * One import of an old loan ledger in a process of its own, so its memory is its own: the records are
 * opened and the 관리자 signed in first, the file is read into the base64 the wizard sends, the peak-RSS
 * mark is reset (Linux: /proc/self/clear_refs), then the wizard's two calls run as the desk makes them
 * (imports.read for the preview, imports.save with the bad rows skipped). Prints the times, the growth
 * of the peak over the RSS before, and what was saved, as one JSON line.
 * Arguments: data folder, the XLSX, the 관리자's staff id and PIN.
 */
const [dataDir, file, adminId, pin] = process.argv.slice(2) as [string, string, string, string];
const core = await openBenchCore(dataDir);
const must = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await core.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
};
await must('session.signIn', { staffId: Number(adminId), pin });

const kib = (field: string) => Number(/(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(field))!)![1]);
const input = { area: 'loans', fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
// exceljs's own code is loaded before the mark: the figure is the import's, not the library's.
await import('exceljs');
fs.writeFileSync('/proc/self/clear_refs', '5');
const before = kib('VmRSS:');
const start = performance.now();
const preview = await must<{ counts: { ready: number; problems: number } }>('imports.read', input);
const read = performance.now();
const report = await must<{ added: number; skipped: unknown[] }>('imports.save', { ...input, skipProblems: true });
const end = performance.now();
const peakGrowthMB = (kib('VmHWM:') - before) / 1024;
await core.close();
console.log(JSON.stringify({ ms: end - start, readMs: read - start, saveMs: end - read, peakGrowthMB, ready: preview.counts.ready, added: report.added, skipped: report.skipped.length }));
