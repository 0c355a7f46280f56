import fs from 'node:fs';
import { appExport, plainExport, type ExportKind } from './exportPaths';
import { openBenchCore } from '../childCore';

/**
 * One export in a process of its own, so its memory is its own: the records are opened first, the
 * peak-RSS mark is reset (Linux: /proc/self/clear_refs), then the export runs and the growth of the peak
 * over the RSS before it is printed with the time, as one JSON line.
 * Arguments: data folder, kind (interpretation | ledger), mode (app | plain), the file to write.
 */
const [dataDir, kind, mode, outFile] = process.argv.slice(2) as [string, ExportKind, 'app' | 'plain', string];
const core = await openBenchCore(dataDir);
// The export is a desk's: the office's 관리자 (made by the bench's first run) signs in, as at the desk.
const { signInAdminOn } = await import('../../helpers/tempCore');
await signInAdminOn(core.call);

const kib = (field: string) => Number(/(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(field))!)![1]);
// exceljs's own code is loaded before the mark in both modes: the figure is the export's, not the library's.
await import('exceljs');
fs.writeFileSync('/proc/self/clear_refs', '5');
const before = kib('VmRSS:');
const start = performance.now();
await (mode === 'app' ? appExport : plainExport)(core, kind, outFile);
const ms = performance.now() - start;
const peakGrowthMB = (kib('VmHWM:') - before) / 1024;
await core.close();
console.log(JSON.stringify({ ms, peakGrowthMB, bytes: fs.statSync(outFile).size }));
