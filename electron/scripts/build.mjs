// Builds what Electron loads: the renderer (vite), the main process (ESM) and the preload (CJS,
// because a sandboxed preload cannot be an ES module), and copies the migrations next to main.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'out');

execSync('npx vite build --config renderer/vite.config.ts', { cwd: root, stdio: 'inherit' });

const common = { bundle: true, platform: 'node', target: 'node24', sourcemap: true, logLevel: 'info' };
await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'main.ts')],
  outfile: path.join(out, 'main', 'main.js'),
  format: 'esm',
  // Native and Electron modules stay outside the bundle; electron-builder ships them from node_modules.
  packages: 'external',
});
await build({
  ...common,
  entryPoints: [path.join(root, 'electron', 'preload.ts')],
  outfile: path.join(out, 'preload', 'preload.cjs'),
  format: 'cjs',
  external: ['electron'],
});
fs.cpSync(path.join(root, 'electron', 'db', 'migrations'), path.join(out, 'main', 'migrations'), { recursive: true });
