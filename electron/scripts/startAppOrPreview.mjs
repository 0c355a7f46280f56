// What `npm start` opens: the Electron app where it can run, and the same screens in the browser
// preview where it cannot (no Electron binary, or a Linux machine without a display).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** The executable electron's own install script records in path.txt, when it is really there. */
function electronBinary() {
  try {
    const binary = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Electron's binary comes from GitHub (or ELECTRON_MIRROR); on a closed network it cannot be fetched. */
async function canDownloadElectron() {
  const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || 'https://github.com/';
  try {
    await fetch(mirror, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

let reason = null;
if (!electronBinary() && (await canDownloadElectron())) {
  console.log('Electron 실행 파일을 받습니다 (한 번만)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: root, stdio: 'inherit', env });
}
if (!electronBinary()) reason = 'Electron 실행 파일이 없고 받을 수도 없습니다';
else if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) reason = '화면(DISPLAY)이 없습니다';

if (reason) console.log(`${reason}. 같은 화면을 브라우저 미리보기로 엽니다.`);
const child = spawn('npm', ['run', reason ? 'preview:serve' : 'start:app'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
