import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { tempCore } from '../helpers/tempCore';
import { testEngine } from '../helpers/testDatabase';
import { generateLoans } from './data/loanData';
import { generateRequests } from './data/requestData';
import { median, recorded } from './timing';
import { settled } from './settled';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OPENS = 4;

type Bundles = { mainBundle: BuildOptions; previewBundle?: BuildOptions };

/**
 * A bench entry bundled the way the app's own start is bundled: the preview bundle's options when the
 * build has one (electron/scripts/bundles.mjs), else the main process's. Written under node_modules/.cache
 * so the packages left outside the bundle resolve as they do for out/.
 */
async function bundled(entry: string, dir: string): Promise<{ file: string; how: string }> {
  const bundles = (await import(path.join(root, 'electron/scripts/bundles.mjs'))) as Bundles;
  const options = bundles.previewBundle ?? bundles.mainBundle;
  const file = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  await build({ ...options, entryPoints: [entry], outfile: file, sourcemap: false, logLevel: 'silent' });
  return { file, how: bundles.previewBundle ? 'preview bundle' : 'main bundle' };
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** Spawns the preview on the data folder and times it until its port answers; then stops it. */
async function previewListening(args: string[], dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PREVIEW_PORT: String(port), PREVIEW_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`preview stopped: ${err}`);
      const answered = await new Promise<boolean>((resolve) => {
        const req = http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
          res.resume();
          resolve(true);
        });
        req.on('error', () => resolve(false));
      });
      if (answered) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}


/**
 * Start-up on ten years of records (≈51,000 loans, 55,000 interpretation requests): the core created
 * and its first call answered, in CPU seconds of a fresh process (bundled as the app starts it, and under
 * tsx for comparison); the retention purge on the first open and on later opens; and on SQLite the
 * preview until it listens.
 */
export async function run() {
  const app = await tempCore();
  const data = await generateLoans(app.db, '2016-01-01', '2025-12-31');
  await generateRequests(app.db, '2016-01-01', 10, 55_000, [data.staffId]);
  await settled(app.db);
  // The bench's own core stays open (idle) until the end: closing it drops a PostgreSQL database.
  const location = app.location;
  const dataDir = app.dataDir;
  // node_modules/.cache is not there after a fresh npm ci.
  fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
  const cache = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'bench-startup-'));
  try {
    if (location.engine === 'sqlite') console.log(`10년치 기록 파일 ${(fs.statSync(location.file).size / 1e6).toFixed(1)} MB`);
    const env = { MINWON_BENCH_RECORDS: JSON.stringify(location) };
    const entry = path.join(root, 'tests/bench/startup/coreStart.ts');
    const { file, how } = await bundled(entry, cache);
    const opens: { cpuMs: number; firstAnswerMs: number; afterStartMs: number }[] = [];
    for (let i = 0; i < OPENS; i++) opens.push(JSON.parse(await runNode([file, dataDir], env)));
    const later = opens.slice(1);
    recorded(`start-up: core + first call, CPU (10 years, ${how})`, median(later.map((o) => o.cpuMs)) / 1000, 's');
    recorded('start-up: core + first call, wall (10 years)', median(later.map((o) => o.firstAnswerMs)), 'ms');
    recorded('retention purge: first open (10 years)', opens[0].afterStartMs, 'ms');
    recorded('retention purge: later opens (10 years)', median(later.map((o) => o.afterStartMs)), 'ms');
    const underTsx = JSON.parse(await runNode(['--import', 'tsx', entry, dataDir], env));
    recorded('start-up under tsx: core + first call, CPU', underTsx.cpuMs / 1000, 's');

    if (testEngine() === 'sqlite') {
      const bundles = (await import(path.join(root, 'electron/scripts/bundles.mjs'))) as Bundles;
      const server = path.join(root, 'electron/preview/server.ts');
      const args = bundles.previewBundle ? [(await bundled(server, cache)).file] : ['--import', 'tsx', server];
      const times: number[] = [];
      for (let i = 0; i < 3; i++) times.push(await previewListening(args, dataDir));
      recorded(`preview: spawn to listening (10 years, ${bundles.previewBundle ? 'bundle' : 'tsx'})`, median(times), 'ms');
    }
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
    await app.close();
  }
}
