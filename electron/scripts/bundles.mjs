// What Electron loads besides the renderer: the main process (ESM) and the preload (CJS, because a
// sandboxed preload cannot be an ES module). Shared by the build and by the test that bundles them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const out = path.join(root, 'out');

const common = { bundle: true, platform: 'node', target: 'node24', sourcemap: true, logLevel: 'silent' };

export const mainBundle = {
  ...common,
  entryPoints: [path.join(root, 'electron', 'main.ts')],
  outfile: path.join(out, 'main', 'main.js'),
  format: 'esm',
  // Native and Electron modules stay outside the bundle; electron-builder ships them from node_modules.
  packages: 'external',
};

export const preloadBundle = {
  ...common,
  entryPoints: [path.join(root, 'electron', 'preload.ts')],
  outfile: path.join(out, 'preload', 'preload.cjs'),
  format: 'cjs',
  external: ['electron'],
};

// The browser preview's server (`npm run preview`), bundled like the main process so it starts with plain
// node rather than compiling TypeScript at run time under tsx.
export const previewBundle = {
  ...common,
  entryPoints: [path.join(root, 'electron', 'preview', 'server.ts')],
  outfile: path.join(out, 'preview', 'server.mjs'),
  format: 'esm',
  packages: 'external',
};
