import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn. Each exports `run()` that builds its
 * own data set in a temp folder and prints its timings; `npm run bench -- loans` runs matching ones.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = fs.readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
if (files.length === 0) console.log('벤치마크가 없습니다.');
for (const file of files) {
  console.log(`\n== ${file}`);
  const mod = (await import(path.join(here, file))) as { run: () => Promise<void> };
  await mod.run();
}
