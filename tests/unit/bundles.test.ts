import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { mainBundle, preloadBundle, previewBundle, root } from '../../electron/scripts/bundles.mjs';
import { tempDir } from '../helpers/tempCore';

/** Electron cannot run here, so the next best thing: what `npm start` bundles must bundle. */
describe('the Electron bundles', () => {
  it('the main process bundles, leaving Electron and the native database module outside', async () => {
    const result = await build({ ...mainBundle, write: false, sourcemap: false });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles![0].text;
    expect(code).toMatch(/from "electron"/);
    expect(code).toMatch(/from "better-sqlite3"/);
  });

  it('the preload bundles to CommonJS that requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const result = await build({ ...preloadBundle, write: false, sourcemap: false });
    expect(result.errors).toEqual([]);
    const required = [...result.outputFiles![0].text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
  });

  it('the main process starts without the packages only a file or a PDF needs, and reads date-fns one function at a time', async () => {
    const result = await build({ ...mainBundle, write: false, sourcemap: false });
    const code = result.outputFiles![0].text;
    const loadedAtStart = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    for (const lazy of ['exceljs', 'docx', 'playwright-core']) {
      expect(loadedAtStart, lazy).not.toContain(lazy);
    }
    expect(code).toMatch(/import\("exceljs"\)/);
    expect(code).toMatch(/import\("docx"\)/);
    // The package's index loads every one of its functions (1.8 s of CPU at start-up, issue 15).
    expect(loadedAtStart).not.toContain('date-fns');
  });

  it('the preview bundles to one file that plain node starts and that listens (`npm run preview`)', async () => {
    // Beside node_modules, so the packages left outside the bundle resolve as they do for out/preview.
    const dir = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'preview-bundle-'));
    const dataDir = tempDir('minwon-preview-bundle-');
    try {
      const file = path.join(dir, 'server.mjs');
      await build({ ...previewBundle, outfile: file, sourcemap: false });
      const child = spawn(process.execPath, [file], { env: { ...process.env, PREVIEW_PORT: '0', PREVIEW_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const listening = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c) => {
          out += c;
          const url = /미리보기: (http:\/\/\S+)/.exec(out)?.[1];
          if (url) resolve(url);
        });
        child.stderr.on('data', (c) => (out += c));
        child.on('close', (code) => reject(new Error(`preview stopped (${code}): ${out}`)));
      });
      const stopped = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      await stopped;
      expect(listening).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
