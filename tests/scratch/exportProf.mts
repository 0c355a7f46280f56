import { sql } from 'kysely';
import { Session } from 'node:inspector/promises';
import fs from 'node:fs';
import { tempCore } from '../helpers/tempCore';
import { generateLoans } from '../bench/data/loanData';
import { appExport, plainExport } from '../bench/exports/exportPaths';

const app = await tempCore();
const data = await generateLoans(app.db, '2016-01-01', '2025-12-31');
await sql`ANALYZE`.execute(app.db);
await app.signInAs(data.staffId);
const core = (app as any).core ?? app;
const file = '/tmp/ledger-bench.xlsx';
for (let i = 0; i < 2; i++) { await appExport(core, 'ledger', file); await plainExport(core, 'ledger', file); }
const t: Record<string, number[]> = { app: [], plain: [] };
for (let i = 0; i < 5; i++) {
  let s = performance.now(); await appExport(core, 'ledger', file); t.app.push(performance.now() - s);
  s = performance.now(); await plainExport(core, 'ledger', file); t.plain.push(performance.now() - s);
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.sort((a, b) => a - b)[2].toFixed(0)]))));
const ses = new Session(); ses.connect(); await ses.post('Profiler.enable'); await ses.post('Profiler.start');
for (let i = 0; i < 3; i++) await appExport(core, 'ledger', file);
const { profile } = await ses.post('Profiler.stop');
fs.writeFileSync('/tmp/export.cpuprofile', JSON.stringify(profile));
await app.close();
