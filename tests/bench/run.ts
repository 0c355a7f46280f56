import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeTestServer } from '../helpers/testDatabase';
import setupPostgres from '../pg/globalSetup';
import { targetFigure, targets } from './targets';
import { figures } from './timing';

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn. Each exports `run()` that builds its
 * own data set (on the engine MINWON_TEST_ENGINE names) and prints its timings.
 *
 *   npm run bench                     every bench on SQLite
 *   npm run bench -- loans            the matching ones
 *   npm run bench -- --postgres       each on SQLite, then on PostgreSQL (MINWON_TEST_PG_URL, or a
 *                                     throw-away cluster), and a table of every operation with the
 *                                     PostgreSQL/SQLite ratio on the same data
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const both = args.includes('--postgres');
const filter = args.find((a) => !a.startsWith('--')) ?? '';
const files = fs.readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
if (files.length === 0) console.log('벤치마크가 없습니다.');

const engines = both ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
const teardown = both ? await setupPostgres() : null;
try {
  for (const engine of engines) {
    process.env.MINWON_TEST_ENGINE = engine;
    for (const file of files) {
      console.log(`\n== ${file} (${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`);
      const mod = (await import(path.join(here, file))) as { run: () => Promise<void> };
      await mod.run();
    }
  }
} finally {
  await closeTestServer();
  await teardown?.();
}

const shownEngines = both ? engines : (['sqlite'] as const);
console.log('\n== 목표 (issue 15)');
console.log(`${'목표'.padEnd(48)} ${shownEngines.map((e) => (e === 'sqlite' ? 'SQLite' : 'PostgreSQL').padStart(16)).join(' ')}`);
for (const t of targets) {
  const cells = shownEngines.map((e) => targetFigure(t, figures.filter((f) => f.engine === e)).padStart(16));
  if (cells.every((c) => c.trim() === '—')) continue;
  console.log(`${t.target.padEnd(48)} ${cells.join(' ')}`);
}

if (both) {
  console.log('\n== PostgreSQL / SQLite (같은 데이터, 중앙값)');
  console.log(`${'작업'.padEnd(50)} ${'SQLite'.padStart(10)} ${'PostgreSQL'.padStart(12)} ${'배율'.padStart(7)}`);
  for (const s of figures.filter((f) => f.engine === 'sqlite')) {
    const p = figures.find((f) => f.engine === 'postgres' && f.label === s.label);
    if (!p) continue;
    console.log(`${s.label.padEnd(50)} ${`${s.median.toFixed(1)} ${s.unit}`.padStart(10)} ${`${p.median.toFixed(1)} ${p.unit}`.padStart(12)} ${`${(p.median / s.median).toFixed(2)}×`.padStart(7)}`);
  }
}

const paired = figures.filter((f) => f.plain !== undefined);
if (paired.length) {
  console.log('\n== 앱의 경로 / 같은 답의 평이한 방법 (같은 실행)');
  for (const f of paired) {
    const engine = f.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    console.log(`${`${f.label} [${engine}]`.padEnd(62)} ${`${f.median.toFixed(1)} ${f.unit}`.padStart(10)} ${`${f.plain!.toFixed(1)} ${f.unit}`.padStart(10)} ${`${(f.median / f.plain!).toFixed(2)}×`.padStart(7)}  (${f.plainLabel})`);
  }
}
