import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempCore';
import allowList from '../security/electronegativity-allowed.json';

/**
 * Doyensec's electronegativity reads the Electron side and the screens the way an auditor would
 * (Electron's security checklist as code). Every finding must be one already read and accepted in
 * tests/security/electronegativity-allowed.json, with its reason; anything new fails here.
 */
const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity');
const electronVersion: string = require('electron/package.json').version;
const SCAN_TIMEOUT_MS = 60_000;

interface Finding {
  check: string;
  file: string;
  code: string;
}
interface Scan {
  findings: Finding[];
  unreadable: { file: string; message: string }[];
  checks: number;
}

/**
 * At start electronegativity fetches translations from a server, and one of its checks fetches Electron's
 * release list. The suite runs offline: the first gets an immediate 404 (it then uses its bundled English),
 * the second check is left out.
 */
function withoutNetwork() {
  const gotPath = createRequire(runnerPath).resolve('got');
  const notFound = () => Promise.resolve({ statusCode: 404, body: '' });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(notFound, { head: notFound }) } as NodeJS.Module;
}

/**
 * One scan over a copy of electron/, renderer/ and package.json, so its global checks (navigation limits,
 * permission handler, CSP) see the main process and the page together, and nothing else is read.
 * `extraFiles` adds files to the copy only, never to the working tree.
 */
async function scan(extraFiles: Record<string, string> = {}): Promise<Scan> {
  withoutNetwork();
  const run = require(runnerPath);
  const input = tempDir('minwon-electronegativity-');
  try {
    for (const part of ['electron', 'renderer']) fs.cpSync(part, path.join(input, part), { recursive: true });
    fs.copyFileSync('package.json', path.join(input, 'package.json'));
    for (const [file, text] of Object.entries(extraFiles)) fs.writeFileSync(path.join(input, file), text);
    const result = await run({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    });
    return {
      findings: result.issues.map((issue: { id: string; file: string; sample?: string }) => ({
        check: issue.id,
        file: issue.file.split(path.sep).join('/'),
        code: (issue.sample ?? '').trim(),
      })),
      unreadable: result.errors.map((e: { file: string; message: string }) => ({ file: path.relative(input, e.file), message: e.message })),
      checks: result.globalChecks + result.atomicChecks,
    };
  } finally {
    fs.rmSync(input, { recursive: true, force: true });
  }
}

const same = (a: Finding, b: Finding) => a.check === b.check && a.file === b.file && a.code === b.code;
const notAllowed = (findings: Finding[]) => findings.filter((f) => !allowList.allowed.some((a) => same(a, f)));

let ours: Scan;
let seconds = 0;
beforeAll(async () => {
  const started = performance.now();
  ours = await scan();
  seconds = (performance.now() - started) / 1000;
}, SCAN_TIMEOUT_MS);

describe('electronegativity over electron/ and renderer/', () => {
  afterAll(() =>
    console.info(
      `electronegativity: ${ours.checks} checks, ${ours.findings.length} findings, ${notAllowed(ours.findings).length} not listed; ${seconds.toFixed(1)} s`,
    ),
  );

  it('reads every file (a file it cannot parse would go unchecked), offline and in well under a minute', () => {
    expect(ours.unreadable).toEqual([]);
    expect(ours.checks).toBeGreaterThan(30);
    expect(seconds).toBeLessThan(60);
  });

  it('finds nothing beyond the findings already read and accepted, each with its reason', () => {
    expect(notAllowed(ours.findings), 'new findings: fix them, or list them with a reason in tests/security/electronegativity-allowed.json').toEqual([]);
    for (const entry of allowList.allowed) expect(entry.reason.length, `${entry.check} in ${entry.file}`).toBeGreaterThan(40);
  });

  it('still makes every accepted finding, so the list holds nothing stale', () => {
    const stale = allowList.allowed.filter((a) => !ours.findings.some((f) => same(a, f)));
    expect(stale, 'no longer found: remove from tests/security/electronegativity-allowed.json').toEqual([]);
  });

  it(
    'fails on a new window with Node in the page, or a dangerous flag in the start script',
    async () => {
      const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
      const careless = await scan({
        'electron/reportWindow.ts': [
          "import { BrowserWindow } from 'electron';",
          'export const reportWindow = () => new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        ].join('\n'),
        'package.json': JSON.stringify({ ...pkg, scripts: { ...pkg.scripts, start: 'electron . --remote-debugging-port=9222' } }, null, 2),
      });
      expect(notAllowed(careless.findings).map((f) => `${f.check} ${f.file}`)).toEqual(
        expect.arrayContaining([
          'NODE_INTEGRATION_JS_CHECK electron/reportWindow.ts',
          'CONTEXT_ISOLATION_JS_CHECK electron/reportWindow.ts',
          'CUSTOM_ARGUMENTS_JSON_CHECK package.json',
        ]),
      );
    },
    SCAN_TIMEOUT_MS,
  );
});
