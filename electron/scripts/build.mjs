// Builds what Electron loads: the renderer (vite), the main process and the preload (esbuild), and
// copies the migrations next to main, where electron/db/migrate.ts looks for them.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { mainBundle, out, preloadBundle, root } from './bundles.mjs';

execSync('npx vite build --config renderer/vite.config.ts', { cwd: root, stdio: 'inherit' });
await build({ ...mainBundle, logLevel: 'info' });
await build({ ...preloadBundle, logLevel: 'info' });
fs.cpSync(path.join(root, 'electron', 'db', 'migrations'), path.join(out, 'main', 'migrations'), { recursive: true });
