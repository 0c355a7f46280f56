import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempCore } from '../helpers/tempCore';
import { generateLoans } from './data/loanData';
import { generateRequests } from './data/requestData';
import type { ExportKind } from './exports/exportPaths';
import { jsonFromChild } from './childRun';
import { median, recorded } from './timing';
import { settled } from './settled';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = 5;

interface ChildFigure {
  ms: number;
  peakGrowthMB: number;
  bytes: number;
}

async function exportInChild(dataDir: string, kind: ExportKind, mode: 'app' | 'plain', env: NodeJS.ProcessEnv): Promise<ChildFigure> {
  const file = path.join(dataDir, `bench-${kind}-${mode}.xlsx`);
  try {
    return await jsonFromChild<ChildFigure>(path.join(here, 'exports/exportInChild.ts'), [dataDir, kind, mode, file], env, `export child (${kind}, ${mode})`);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * A year's XLSX (2024 of ten years' records): the app's own export to a file on disk against the same
 * rows written by plain exceljs (its streaming writer), each in a fresh process, in turn: time, and the
 * growth of the process's peak memory (RSS) over what it used before the export.
 */
export async function run() {
  const app = await tempCore();
  const data = await generateLoans(app.db, '2016-01-01', '2025-12-31');
  await generateRequests(app.db, '2016-01-01', 10, 55_000, [data.staffId]);
  await settled(app.db);
  const env = { MINWON_BENCH_RECORDS: JSON.stringify(app.location) };
  try {
    for (const [kind, label] of [
      ['interpretation', '통역 요청'],
      ['ledger', '대여 대장'],
    ] as const) {
      const runs: { app: ChildFigure; plain: ChildFigure }[] = [];
      for (let i = 0; i < RUNS; i++) runs.push({ app: await exportInChild(app.dataDir, kind, 'app', env), plain: await exportInChild(app.dataDir, kind, 'plain', env) });
      const appMs = median(runs.map((r) => r.app.ms));
      recorded(`export: a year's XLSX, ${label} (time)`, appMs, 'ms', { value: median(runs.map((r) => r.plain.ms)), label: 'plain exceljs' });
      recorded(`export: a year's XLSX, ${label} (peak RSS growth)`, median(runs.map((r) => r.app.peakGrowthMB)), 'MB', {
        value: median(runs.map((r) => r.plain.peakGrowthMB)),
        label: 'plain exceljs',
      });
      console.log(`  → ${(runs[0].app.bytes / 1024).toFixed(0)} kB file`);
    }
  } finally {
    await app.close();
  }
}
