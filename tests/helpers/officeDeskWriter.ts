/**
 * One desk on the office server, as busy as it can be: lends, returns and interpretation requests on
 * the few wheelchairs every desk shares. Run as its own process by the office concurrency test,
 * bundled by bundledDeskWriter('officeDeskWriter.ts'): `<serverUrl> <desk> <operations>`.
 *
 * Each committed write is reported on stdout as one JSON line before the next starts; each refusal
 * with its code and message, so the test can tell a desk's conflict from a fault.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { locationFromUrl } from '../../electron/db/postgres/postgresDialect';
import { memoryLogger } from '../../electron/log';
import { memoryStore, signInAdminOn, TEST_PIN_COST } from './tempCore';

const [url, desk, operationsArg] = process.argv.slice(2);
const operations = Number(operationsArg);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `minwon-office-${desk}-`));
const { logger, entries } = memoryLogger();
const core = await createCore({ dataDir, store: memoryStore(), log: logger, desk, records: { engine: 'postgres', server: locationFromUrl(url) }, pinHashCost: TEST_PIN_COST });
const report = (line: object) => process.stdout.write(JSON.stringify(line) + '\n');

await signInAdminOn(core.call);
const chairs = ((await core.call('loans.wheelchairs', {})) as { ok: true; value: { id: number }[] }).value.map((w) => w.id);

for (let i = 0; i < operations; i++) {
  const roll = (i * 7 + desk.length * 13 + Math.floor(Math.random() * 5)) % 3;
  const chair = chairs[Math.floor(Math.random() * chairs.length)];
  let kind: 'lend' | 'return' | 'interpretation';
  let result;
  if (roll === 0) {
    kind = 'interpretation';
    result = await core.call('interpretation.requests.save', { date: '2025-03-04', language: 'vi', methodId: 1, task: '전입신고', status: '완료', outcome: '처리 완료', note: `${desk}-${i}` });
  } else {
    const board = (await core.call('loans.board', {})) as { ok: boolean; value?: { open: { id: number; wheelchairId?: number; assetNumber: string }[] } };
    const open = board.ok ? board.value!.open : [];
    const mine = open[Math.floor(Math.random() * Math.max(open.length, 1))];
    if (roll === 1 || !mine) {
      kind = 'lend';
      result = await core.call('loans.lend', { wheelchairId: chair, purpose: 'in_hall', note: `${desk}-${i}` });
    } else {
      kind = 'return';
      result = await core.call('loans.return', { loanId: mine.id });
    }
  }
  if (result.ok) report({ kind, id: (result.value as { id: number }).id });
  else report({ kind, refused: { code: result.error.code, message: result.error.message, cause: result.error.code === 'unexpected' ? entries.at(-1)?.context : undefined } });
}
await core.close();
fs.rmSync(dataDir, { recursive: true, force: true });
