import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

import type { DeskWrite } from './deskWrites';

export { writerWheelchair, type DeskWrite } from './deskWrites';

/**
 * The desk writer bundled into one file with its packages, better-sqlite3 (native) aside: started
 * with tsx, or even bundled with its packages left outside, every child spent over two seconds
 * loading modules before its first write; bundled whole, under half a second. The bundle sits under
 * node_modules/.cache so better-sqlite3 resolves. `remove` deletes it when the test is done.
 * `entry` names another writer under tests/helpers (the office-server desk).
 */
export async function bundledDeskWriter(entry = 'deskWriter.ts') {
  const cache = path.join(root, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'desk-writer-'));
  const file = path.join(dir, entry.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join(root, 'tests', 'helpers', entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    external: ['better-sqlite3'],
    // The CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A desk writer in its own process, with every line it has reported so far. */
export function startDeskWriter(writerFile: string, dataDir: string, tag: string, writes: number | 'forever') {
  const child = spawn(process.execPath, [writerFile, dataDir, tag, String(writes)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const reported: DeskWrite[] = [];
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line) reported.push(JSON.parse(line) as DeskWrite);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, reported, exited, stderr: () => stderr };
}
