import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { locationFromUrl } from '../../electron/db/postgres/postgresDialect';
import { memoryLogger } from '../../electron/log';
import { startCluster, startServer, stopCluster, stopServer } from '../pg/throwawayCluster.mjs';
import { memoryStore, signInAdminOn, tempDir, TEST_PIN_COST } from '../helpers/tempCore';

// The office server goes away while a desk is lending: this test has a server of its own to switch
// off and on, so the rest of the suite's server is never touched.
let cluster: Awaited<ReturnType<typeof startCluster>>;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(() => stopCluster(cluster.dir));

async function frontDesk() {
  const dataDir = tempDir('minwon-outage-');
  const core = await createCore({ dataDir, store: memoryStore(), log: memoryLogger().logger, desk: 'FRONT-DESK', records: { engine: 'postgres', server: locationFromUrl(cluster.url) }, pinHashCost: TEST_PIN_COST });
  // The office's 관리자 at the desk (the first run on a new server): the 관리자 does the desk's work too.
  await signInAdminOn(core.call);
  const must = async <T,>(channel: string, input: unknown): Promise<T> => {
    const result = await core.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  return { core, must, dataDir };
}

/** Waits until `check` holds, asking again every 200 ms, at most `ms`. */
async function until(check: () => Promise<boolean> | boolean, ms: number) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('did not happen in time');
    await sleep(200);
  }
}

describe('the office server goes away while the desk is working', () => {
  it('says so at once, keeps the loans and returns made meanwhile, and sends them in order when the server is back, nothing lost or doubled', async () => {
    const desk = await frontDesk();
    try {
      const dept = await desk.must<{ id: number }>('departments.save', { name: '민원회계과' });
      await desk.must<{ id: number }>('staff.save', { name: '김담당', departmentId: dept.id });
      const chairs: { id: number }[] = [];
      for (const n of [1, 2, 3]) chairs.push(await desk.must('loans.saveWheelchair', { assetNumber: `W-0${n}`, kind: 'manual' }));
      const before = await desk.must<{ id: number }>('loans.lend', { wheelchairId: chairs[0].id, purpose: 'in_hall' });

      stopServer(cluster.dir);

      // The first call that finds the server gone is answered within the connection timeout; the
      // entries that cannot wait are kept, everything else is refused at once.
      let started = Date.now();
      const kept1 = await desk.core.call('loans.lend', { wheelchairId: chairs[1].id, purpose: 'in_hall' });
      expect(kept1).toMatchObject({ ok: false, error: { code: 'queued' } });
      expect(Date.now() - started).toBeLessThan(5000);
      started = Date.now();
      const kept2 = await desk.core.call('loans.return', { loanId: before.id });
      expect(kept2).toMatchObject({ ok: false, error: { code: 'queued' } });
      const refused = await desk.core.call('departments.save', { name: '여권과' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'offline', message: expect.stringContaining('사무실 서버에 연결할 수 없습니다') } });
      expect(Date.now() - started).toBeLessThan(500);
      expect(await desk.must('connection.status', {})).toEqual({ engine: 'postgres', online: false, waiting: 2, conflicts: 0 });

      startServer(cluster.dir, cluster.port);
      await until(async () => (await desk.must<{ online: boolean; waiting: number }>('connection.status', {})).waiting === 0, 20_000);

      const board = await desk.must<{ open: { assetNumber: string }[]; returnedToday?: unknown }>('loans.board', {});
      expect(board.open.map((l) => l.assetNumber)).toEqual(['W-02']);
      const loans = await desk.core.db.selectFrom('loan' as never).select(['id' as never, 'wheelchair_id' as never, 'returned_at' as never]).orderBy('id' as never).execute();
      expect(loans).toHaveLength(2);
      expect((loans as { returned_at: string | null }[]).map((l) => l.returned_at !== null)).toEqual([true, false]);
      expect(await desk.must('connection.status', {})).toEqual({ engine: 'postgres', online: true, waiting: 0, conflicts: 0 });
    } finally {
      await desk.core.close();
      fs.rmSync(desk.dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps a kept loan that another desk made impossible meanwhile, with the reason, for a person to decide', async () => {
    const desk = await frontDesk();
    const other = await frontDesk();
    try {
      const dept = await desk.must<{ id: number }>('departments.save', { name: '민원여권과' });
      await desk.must<{ id: number }>('staff.save', { name: '이담당', departmentId: dept.id });
      const chair = await desk.must<{ id: number }>('loans.saveWheelchair', { assetNumber: 'W-77', kind: 'manual' });

      stopServer(cluster.dir);
      expect(await desk.core.call('loans.lend', { wheelchairId: chair.id, purpose: 'in_hall' })).toMatchObject({ ok: false, error: { code: 'queued' } });
      startServer(cluster.dir, cluster.port);
      // The other desk reaches the server first and lends the same wheelchair.
      await until(async () => (await other.core.call('departments.list', {})).ok, 20_000);
      await other.must('loans.lend', { wheelchairId: chair.id, purpose: 'in_hall' });

      await until(async () => (await desk.must<{ conflicts: number }>('connection.status', {})).conflicts === 1, 20_000);
      const kept = await desk.must<{ id: number; kind: string; state: string; message: string }[]>('outbox.list', {});
      expect(kept).toEqual([expect.objectContaining({ kind: '휠체어 대여', state: 'conflict', message: expect.stringContaining('이미 대여 중') })]);
      expect(await desk.must('outbox.discard', { id: kept[0].id })).toEqual([]);
    } finally {
      await desk.core.close();
      await other.core.close();
      fs.rmSync(desk.dataDir, { recursive: true, force: true });
      fs.rmSync(other.dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
