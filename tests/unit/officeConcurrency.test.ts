import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { locationFromUrl } from '../../electron/db/postgres/postgresDialect';
import { memoryLogger } from '../../electron/log';
import { bundledDeskWriter } from '../helpers/childProcess';
import { emptyPostgresDatabase } from '../helpers/testDatabase';
import { memoryStore, signInAdminOn, tempDir, TEST_PIN_COST } from '../helpers/tempCore';

const DESKS = 4;
const OPERATIONS = 300;
const WHEELCHAIRS = 5;
const HANGUL = /[가-힣]/;

type Line = { kind: 'lend' | 'return' | 'interpretation'; id: number } | { kind: string; refused: { code: string; message: string; cause?: unknown } };

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function runDesk(file: string, url: string, desk: string): Promise<Line[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, url, desk, String(OPERATIONS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('close', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line)) : reject(new Error(`${desk} exited ${code}: ${err.slice(0, 2000)}`))));
  });
}

describe('four desks on one office server at the same moment', () => {
  it(`lend, return and log interpretation on ${WHEELCHAIRS} shared wheelchairs: no double loan, nothing lost, every refusal a Korean conflict, and the card counts what is there`, async () => {
    const server = await emptyPostgresDatabase();
    cleanup.push(server.drop);
    const dataDir = tempDir('minwon-office-');
    cleanup.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const office = await createCore({ dataDir, store: memoryStore(), log: memoryLogger().logger, records: { engine: 'postgres', server: locationFromUrl(server.url) }, desk: 'SETUP', pinHashCost: TEST_PIN_COST });
    cleanup.push(() => office.close());
    const must = async (channel: string, input: unknown) => {
      const r = await office.call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as { id: number };
    };
    await signInAdminOn(office.call);
    const dept = await must('departments.save', { name: '민원회계과' });
    await must('staff.save', { name: '김담당', departmentId: dept.id });
    for (let n = 1; n <= WHEELCHAIRS; n++) await must('loans.saveWheelchair', { assetNumber: `W-${n}`, kind: 'manual' });

    const writer = await bundledDeskWriter('officeDeskWriter.ts');
    cleanup.push(writer.remove);
    const desks = await Promise.all(Array.from({ length: DESKS }, (_, i) => runDesk(writer.file, server.url, `DESK-${i + 1}`)));
    const lines = desks.flat();

    const refused = lines.filter((l): l is Extract<Line, { refused: unknown }> => 'refused' in l);
    expect(refused.filter((r) => r.refused.code !== 'conflict')).toEqual([]);
    for (const r of refused) expect(r.refused.message).toMatch(HANGUL);

    const db = office.db;
    // No wheelchair was ever out twice at once: no two of its loans overlap in time.
    const overlaps = await sql<{ n: number }>`
      SELECT count(*) AS n FROM loan a JOIN loan b ON a.wheelchair_id = b.wheelchair_id AND a.id < b.id
      WHERE b.started_at < coalesce(a.returned_at, '9999') AND a.started_at < coalesce(b.returned_at, '9999')`.execute(db);
    expect(Number(overlaps.rows[0].n)).toBe(0);
    const open = await sql<{ wheelchair_id: number; n: number }>`SELECT wheelchair_id, count(*) AS n FROM loan WHERE returned_at IS NULL GROUP BY wheelchair_id HAVING count(*) > 1`.execute(db);
    expect(open.rows).toEqual([]);

    // Every write a desk was told was saved is there, and nothing more.
    const committed = lines.filter((l): l is Extract<Line, { id: number }> => 'id' in l);
    const lends = committed.filter((l) => l.kind === 'lend').map((l) => l.id);
    const returns = committed.filter((l) => l.kind === 'return').map((l) => l.id);
    const requests = committed.filter((l) => l.kind === 'interpretation').map((l) => l.id);
    const loanIds = (await sql<{ id: number }>`SELECT id FROM loan ORDER BY id`.execute(db)).rows.map((r) => r.id);
    expect(loanIds).toEqual([...lends].sort((a, b) => a - b));
    const returned = (await sql<{ id: number }>`SELECT id FROM loan WHERE returned_at IS NOT NULL ORDER BY id`.execute(db)).rows.map((r) => r.id);
    expect(returned).toEqual([...returns].sort((a, b) => a - b));
    const requestIds = (await sql<{ id: number }>`SELECT id FROM interpretation_request ORDER BY id`.execute(db)).rows.map((r) => r.id);
    expect(requestIds).toEqual([...requests].sort((a, b) => a - b));

    // The card's figures are the same functions' counts over the same rows.
    const figures = (await office.call('loans.figures', { from: '2020-01-01', to: '2030-12-31' })) as { ok: true; value: { yearly: { loans: number }[] } };
    const cardLoans = figures.value.yearly.reduce((sum, y) => sum + y.loans, 0);
    expect(cardLoans).toBe(loanIds.length);
    console.log(`desks ${DESKS} × ${OPERATIONS}: ${lends.length} lends, ${returns.length} returns, ${requests.length} requests committed; ${refused.length} refused as conflicts`);
  }, 180_000);
});

