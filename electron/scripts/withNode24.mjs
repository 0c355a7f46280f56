// `npm start`, `npm run preview`, `npm test` and `npm run bench` come through here, on whatever Node the
// machine has (Node 20 on Debian): it gets Node 24 if it is missing, the Debian packages the tests need
// (with --with-test-packages), and the project's dependencies, then runs the named npm script on Node 24.
//   node electron/scripts/withNode24.mjs [--with-test-packages] <npm script> [args for the script]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, findOrFetchNode24, NODE_MAJOR } from './node24.mjs';
import { installTestSystemPackages } from './testSystemPackages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const withTestPackages = args[0] === '--with-test-packages';
const [script, ...scriptArgs] = withTestPackages ? args.slice(1) : args;
if (!script) fail('사용법: node electron/scripts/withNode24.mjs [--with-test-packages] <npm 스크립트> [인자…]');

// Set for everything started below, so a script that comes back through here skips the checks.
const READY = 'MINWON_NODE24_READY';
const env = { ...process.env };
if (process.env[READY] !== '1' || process.versions.node.split('.')[0] !== NODE_MAJOR) {
  const { binDir, nodedir } = findOrFetchNode24();
  env.PATH = `${binDir}${path.delimiter}${process.env.PATH ?? ''}`;
  if (nodedir) env.npm_config_nodedir = nodedir;
  env[READY] = '1';
  if (withTestPackages) installTestSystemPackages();
  installDependencies(path.join(binDir, process.platform === 'win32' ? 'node.exe' : 'node'));
}
runScript();

/**
 * `npm ci` when node_modules is missing, older than package-lock.json, or was built for another Node
 * (better-sqlite3 will not load then). The Electron binary is not fetched here: the tests never start
 * Electron, and `npm start` fetches it when it can (startAppOrPreview.mjs).
 */
function installDependencies(node) {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const fresh =
    fs.existsSync(installed) &&
    fs.statSync(installed).mtimeMs >= fs.statSync(path.join(root, 'package-lock.json')).mtimeMs &&
    spawnSync(node, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, stdio: 'ignore' }).status === 0;
  if (fresh) return;
  console.log('필요한 패키지를 설치합니다 (npm ci, 몇 분 걸립니다)…');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    shell: process.platform === 'win32',
  });
  if (ci.status !== 0) fail('npm ci에 실패했습니다. 위의 메시지를 확인하세요.');
}

function runScript() {
  const npmArgs = ['run', script, ...(scriptArgs.length ? ['--', ...scriptArgs] : [])];
  const child = spawn('npm', npmArgs, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  // Ctrl+C reaches the child through the terminal; this process waits for it and passes on its exit.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
