// The Debian packages the test suite needs, in one list: `npm test` installs the missing ones.
// A test that starts needing another program adds its package here, with the reason.
import { spawnSync } from 'node:child_process';
import { fail } from './node24.mjs';

export const TEST_SYSTEM_PACKAGES = [
  // Chromium drives the end-to-end tests and prints the preview's PDFs (tests use /usr/bin/chromium).
  'chromium',
  // A CJK font, so Korean is readable in the screenshots and the printed PDFs.
  'fonts-noto-cjk',
  // pdftotext reads back the PDFs the app prints.
  'poppler-utils',
  // The office server: the unit suite runs a second time on a throw-away PostgreSQL cluster (tests/pg/).
  'postgresql',
  // LibreOffice prints the pledge card's DOCX and XLSX to PDF, so the suite sees the pages a printer gets
  // (tests/unit/pledgePrintedFiles.test.ts): Writer for DOCX, Calc for XLSX, without the desktop parts.
  'libreoffice-writer-nogui',
  'libreoffice-calc-nogui',
];

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** On Debian/Ubuntu: installs what is missing with apt-get, as root or with password-less sudo. */
export function installTestSystemPackages() {
  if (process.platform !== 'linux' || !succeeds('dpkg-query', ['--version'])) return;
  const missing = TEST_SYSTEM_PACKAGES.filter(
    (name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.trim() !== 'install ok installed',
  );
  if (missing.length === 0) return;

  // sudo drops the environment, so the non-interactive setting goes on its command line too.
  const asRoot = process.getuid?.() === 0 ? [] : succeeds('sudo', ['-n', 'true']) ? ['sudo', 'DEBIAN_FRONTEND=noninteractive'] : null;
  if (!asRoot) {
    fail(
      `테스트에 필요한 Debian 패키지가 없습니다: ${missing.join(' ')}\n` +
        `관리자 권한으로 다음 명령을 실행한 뒤 다시 시도하세요: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  console.log(`테스트에 필요한 Debian 패키지를 설치합니다: ${missing.join(' ')}`);
  const apt = (...args) => {
    const [command, ...rest] = [...asRoot, 'apt-get', ...args];
    const run = spawnSync(command, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) fail(`apt-get ${args[0]}에 실패했습니다. 위의 메시지를 확인하세요.`);
  };
  apt('update', '-qq');
  apt('install', '-y', '-qq', ...missing);
}
