import fs from 'node:fs';
import path from 'node:path';

/** File systems that reach over the network: SQLite's WAL needs shared memory they cannot give. */
const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', 'afs', '9p', 'davfs', 'fuse.davfs2', 'ncpfs']);

/**
 * True when a folder is on a network share: a Windows UNC path (\\server\share), or on Linux a
 * folder under a network mount. (A mapped drive letter on Windows cannot be told apart without
 * a system call; the installer puts the data in the local profile, which is the usual case.)
 */
export function isNetworkPath(folder: string, mounts = readMounts()): boolean {
  if (/^(\\\\|\/\/)[^\\/]/.test(folder)) return true;
  const resolved = path.resolve(folder);
  let best: { point: string; type: string } | null = null;
  for (const m of mounts) {
    const inside = resolved === m.point || resolved.startsWith(m.point.endsWith('/') ? m.point : m.point + '/');
    if (inside && (!best || m.point.length > best.point.length)) best = m;
  }
  return best ? NETWORK_FS.has(best.type) : false;
}

function readMounts(): { point: string; type: string }[] {
  try {
    return fs
      .readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' '))
      // /proc/mounts writes a space in a path as \040.
      .map(([, point, type]) => ({ point: point.replace(/\\040/g, ' '), type }));
  } catch {
    return [];
  }
}

export const NETWORK_REFUSAL =
  '데이터 폴더가 네트워크 드라이브(공유 폴더)에 있습니다. 이 프로그램의 데이터베이스(SQLite)는 네트워크 폴더에서 기록이 손상될 수 있어 열지 않습니다. ' +
  '이 PC의 로컬 폴더를 쓰거나, 여러 PC가 함께 쓰려면 사무실 서버(PostgreSQL)를 설정하세요. 네트워크 폴더는 백업 사본을 두는 곳으로만 쓸 수 있습니다.';
