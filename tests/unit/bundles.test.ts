import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { mainBundle, preloadBundle } from '../../electron/scripts/bundles.mjs';

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
});
