import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// Relative asset URLs work wherever the page is served: app://minwon/ in Electron, http://127.0.0.1 in the preview.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    // RENDERER_OUT_DIR lets two people (or two test runs) build side by side without clobbering each other.
    outDir: process.env.RENDERER_OUT_DIR ?? path.join(here, '..', 'out', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
