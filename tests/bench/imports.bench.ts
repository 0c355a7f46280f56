import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deskToday } from '../../shared/korean/deskClock';
import { tempCore, tempDir, TEST_ADMIN_PIN } from '../helpers/tempCore';
import { writeLoanLedger } from './data/loanLedgerFile';
import { jsonFromChild } from './childRun';
import { median, recorded } from './timing';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROWS = 10_000;
const RUNS = 3;

interface ChildFigure {
  ms: number;
  readMs: number;
  saveMs: number;
  peakGrowthMB: number;
  ready: number;
  added: number;
  skipped: number;
}

const importInChild = (dataDir: string, file: string, adminId: number, env: NodeJS.ProcessEnv) =>
  jsonFromChild<ChildFigure>(path.join(here, 'imports/importInChild.ts'), [dataDir, file, String(adminId), TEST_ADMIN_PIN], env, 'import child');

/**
 * Issue 14: a 10,000-row loan ledger brought in through the wizard's own calls (read for the preview,
 * then save), each run on a fresh office database in a fresh process: the time of both calls, and the
 * growth of the process's peak memory (RSS) over what it used before.
 */
export async function run() {
  const folder = tempDir('minwon-bench-import-');
  const file = path.join(folder, '휠체어 대여대장(2021~).xlsx');
  try {
    const { bad } = await writeLoanLedger(file, ROWS, deskToday());
    console.log(`  ledger: ${ROWS.toLocaleString('ko-KR')} rows (${bad} bad), ${(fs.statSync(file).size / 1024).toFixed(0)} kB XLSX`);
    const runs: ChildFigure[] = [];
    for (let i = 0; i < RUNS; i++) {
      const app = await tempCore();
      try {
        const adminId = (await app.must('session.current', {})).staffId!;
        runs.push(await importInChild(app.dataDir, file, adminId, { MINWON_BENCH_RECORDS: JSON.stringify(app.location) }));
      } finally {
        await app.close();
      }
      const r = runs.at(-1)!;
      console.log(`  run ${i + 1}: read ${r.readMs.toFixed(0)} ms + save ${r.saveMs.toFixed(0)} ms, peak +${r.peakGrowthMB.toFixed(0)} MB, ${r.added} added, ${r.skipped} skipped`);
      if (r.added !== ROWS - bad) throw new Error(`expected ${ROWS - bad} loans saved, got ${r.added}`);
    }
    recorded('import: 10,000-row loan ledger, read+preview+save (time)', median(runs.map((r) => r.ms)), 'ms');
    recorded('import: 10,000-row loan ledger (peak RSS growth)', median(runs.map((r) => r.peakGrowthMB)), 'MB');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
