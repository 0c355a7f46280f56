import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });

const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2],
  );

describe('where code may run (shared is pure, the renderer never reaches main)', () => {
  it('shared/ imports no Node, Electron or DOM-only module', () => {
    for (const file of filesUnder('shared')) {
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:|electron|better-sqlite3|fs$|path$|react)/);
        expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(electron|renderer)\//);
      }
    }
  });

  it('renderer/ never imports from electron/ or Node', () => {
    for (const file of filesUnder('renderer')) {
      if (file.endsWith('vite.config.ts')) continue;
      for (const spec of importsOf(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:|electron$|better-sqlite3|electron-store|conf$)/);
        expect(spec, `${file} imports ${spec}`).not.toMatch(/(^|\/)electron\//);
      }
    }
  });
});
