// Builds what Electron loads: the renderer (vite), the main process and the preload (esbuild). The
// migrations are TypeScript modules inside the main bundle (electron/db/migrations/index.ts).
import { execSync } from 'node:child_process';
import { build } from 'esbuild';
import { mainBundle, out, preloadBundle, root } from './bundles.mjs';

execSync('npx vite build --config renderer/vite.config.ts', { cwd: root, stdio: 'inherit' });
await build({ ...mainBundle, logLevel: 'info' });
await build({ ...preloadBundle, logLevel: 'info' });
