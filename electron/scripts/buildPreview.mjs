// Builds the browser preview's server into out/preview/server.mjs (`npm run preview` then runs it with node).
import { build } from 'esbuild';
import { previewBundle } from './bundles.mjs';

await build({ ...previewBundle, logLevel: 'warning' });
