// A throw-away PostgreSQL cluster for the tests: Debian's own server binaries, a fresh data folder in
// the temp directory, a free loopback port, trust login for one user. It never touches a system
// cluster. The server refuses to run as root, so as root it runs as the `postgres` system user.
//
//   node tests/pg/throwawayCluster.mjs start   → prints MINWON_TEST_PG_URL=… and MINWON_TEST_PG_DIR=…
//   node tests/pg/throwawayCluster.mjs stop <dir>
//
// Plain JavaScript (Node 20 or 24, no dependencies), so .ci/run and vitest's global setup share it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const USER = 'app';
const DATABASE = 'minwon';
/** A second login, with a password (see startCluster). */
export const PASSWORD_USER = 'desk_user';
export const PASSWORD = 'desk-password';

/** The newest installed server version's bin folder, e.g. /usr/lib/postgresql/15/bin. */
export function serverBin() {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')));
  versions.sort((a, b) => Number(a) - Number(b));
  return versions.length ? path.join(root, versions.at(-1), 'bin') : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary as a user the server accepts. */
function run(bin, args) {
  const [cmd, cmdArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster and creates the app's database with byte-order collation (C), as the README
 * tells an office to: text then sorts and compares exactly as in SQLite.
 */
export async function startCluster() {
  const bin = serverBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minwon-pg-'));
  if (isRoot()) execFileSync('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', USER, '--encoding=UTF8', '--locale=C', '--no-sync']);
  // One login that needs its password, so the connection test can be told a wrong one: checked before the trust lines.
  const hba = path.join(data, 'pg_hba.conf');
  fs.writeFileSync(hba, `host all ${PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n` + fs.readFileSync(hba, 'utf8'));
  const port = await freePort();
  // Durability is the server's own business and is not what the tests measure: fsync off keeps them quick.
  startServer(dir, port);
  execFileSync(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', USER, '-T', 'template0', '-E', 'UTF8', '--locale=C', DATABASE]);
  execFileSync(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', USER, '-d', DATABASE, '-q', '-c', `CREATE ROLE ${PASSWORD_USER} LOGIN PASSWORD '${PASSWORD}'`]);
  return { url: `postgres://${USER}@127.0.0.1:${port}/${DATABASE}`, dir, port };
}

export function stopCluster(dir) {
  const bin = serverBin();
  try {
    // A server a test has already stopped (an outage test that failed half-way) has nothing to stop.
    if (fs.existsSync(path.join(dir, 'data', 'postmaster.pid'))) run(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const serverOptions = (dir, port) =>
  `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;

/** Stops the server and keeps its data: the outage test's power cut of the office server. */
export function stopServer(dir) {
  run(path.join(serverBin(), 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
}

/** Starts a stopped server again on its port, with the data it had. */
export function startServer(dir, port) {
  run(path.join(serverBin(), 'pg_ctl'), ['-D', path.join(dir, 'data'), '-l', path.join(dir, 'log'), '-w', '-o', serverOptions(dir, port), 'start']);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const cluster = await startCluster();
    console.log(`MINWON_TEST_PG_URL=${cluster.url}`);
    console.log(`MINWON_TEST_PG_DIR=${cluster.dir}`);
  } else if (command === 'stop' && dir) {
    stopCluster(dir);
  } else {
    console.error('usage: throwawayCluster.mjs start | stop <dir>');
    process.exit(2);
  }
}
