import fs from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import { bundledDeskWriter, startDeskWriter, writerWheelchair, type DeskWrite } from '../helpers/childProcess';
import { memoryStore, tempCore } from '../helpers/tempCore';

const KILLS = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The rows a reported write must have left, by what the writer said it committed. */
const TABLE = { department: 'department', interpretation: 'interpretation_request', lend: 'loan', return: 'loan' } as const;

describe('the power goes out in the middle of the desk work (kill -9)', () => {
  it(`keeps every committed write and a whole database, ${KILLS} kills in a row`, { timeout: 300_000 }, async () => {
    const app = await tempCore();
    await app.must('departments.save', { name: '민원회계과' });
    await app.must('staff.save', { name: '홍길동', departmentId: 1 });
    // A wheelchair per run: a run killed between a lend and its return leaves its wheelchair out.
    for (let run = 1; run <= KILLS; run++) await app.must('loans.saveWheelchair', { assetNumber: writerWheelchair(`K${run}`), kind: 'manual' });
    await app.closeKeepingFolder();

    const writer = await bundledDeskWriter();
    onTestFinished(() => {
      fs.rmSync(app.dataDir, { recursive: true, force: true });
      writer.remove();
    });
    const totals = { committed: 0, lost: 0 };
    for (let run = 1; run <= KILLS; run++) {
      const desk = startDeskWriter(writer.file, app.dataDir, `K${run}`, 'forever');
      while (desk.reported.length === 0) {
        if (desk.child.exitCode !== null) throw new Error(`the writer stopped before writing: ${desk.stderr()}`);
        await sleep(20);
      }
      const delay = Math.round(Math.random() * 1500);
      await sleep(delay);
      desk.child.kill('SIGKILL');
      expect((await desk.exited).signal).toBe('SIGKILL');
      const reported = [...desk.reported];

      // Opened again the way the app opens it: WAL recovery, migrations check, then the rows.
      const { logger } = memoryLogger();
      const core = await createCore({ dataDir: app.dataDir, store: memoryStore(), log: logger });
      expect(core.records.sqlite!.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
      expect(reported.filter((l) => 'error' in l), `run ${run}`).toEqual([]);
      const missing = (reported as Extract<DeskWrite, { kind: string }>[]).filter(({ kind, id }) => {
        const row = core.records.sqlite!.prepare(`SELECT ${kind === 'return' ? 'returned_at IS NOT NULL' : '1'} AS found FROM ${TABLE[kind]} WHERE id = ?`).get(id) as { found: number } | undefined;
        return !row?.found;
      });
      await core.close();
      console.log(`run ${run}: killed ${delay} ms after the first write, ${reported.length} committed writes reported, ${missing.length} missing`);
      totals.committed += reported.length;
      totals.lost += missing.length;
      expect(missing, `run ${run}`).toEqual([]);
    }
    console.log(`kill -9 trial: ${KILLS} kills, ${totals.committed} committed writes, ${totals.lost} lost`);
  });
});
