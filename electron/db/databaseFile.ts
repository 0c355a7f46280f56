import fs from 'node:fs';
import Database from 'better-sqlite3';

/** Why a database file cannot be opened as this app's records. Each kind gets its own Korean explanation. */
export type FileProblem =
  | { kind: 'empty_file' }
  | { kind: 'not_a_database' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'foreign' }
  | { kind: 'newer_schema'; version: number; latest: number };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The table every version of this app has had since its first migration: a file without it is someone else's. */
const OWN_TABLE = 'staff';

/**
 * Looks at a database file without changing a byte of it: the header, SQLite's own quick_check, and
 * the schema version against what this app knows. A file that is missing is not a problem (a new
 * install starts empty); anything else that is wrong is reported, never repaired or replaced here.
 */
export function inspectDatabaseFile(file: string, latestVersion: number): FileProblem | null {
  if (!fs.existsSync(file)) return null;
  const size = fs.statSync(file).size;
  // A zero-length file is what a crash during the very first start leaves, or a file emptied by
  // another program: it is not a database we made, and starting empty over it would hide that.
  if (size === 0) return { kind: 'empty_file' };
  if (!readHeader(file).equals(SQLITE_HEADER)) return { kind: 'not_a_database' };

  let db: Database.Database | null = null;
  try {
    // Read-only and without the app's pragmas: opening must not roll a WAL into the file or migrate it.
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { kind: 'damaged', detail: String(check).slice(0, 200) };
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    const own = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(OWN_TABLE);
    if (version > latestVersion) return { kind: 'newer_schema', version, latest: latestVersion };
    if ((version === 0 && tables.n > 0) || (version > 0 && !own)) return { kind: 'foreign' };
    return null;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
    if (code === 'SQLITE_NOTADB') return { kind: 'not_a_database' };
    return { kind: 'damaged', detail: code || (error instanceof Error ? error.message.slice(0, 200) : 'unknown') };
  } finally {
    db?.close();
  }
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    fs.readSync(fd, header, 0, header.length, 0);
    return header;
  } finally {
    fs.closeSync(fd);
  }
}

/** What the person at the PC reads: what is wrong, in the office's words, and that nothing was deleted. */
export function describeFileProblem(problem: FileProblem): string {
  switch (problem.kind) {
    case 'empty_file':
      return '기록 파일의 크기가 0바이트입니다. 저장 중에 프로그램이 꺼졌거나 다른 프로그램이 파일을 비웠을 수 있습니다.';
    case 'not_a_database':
      return '기록 파일이 이 프로그램의 데이터베이스 형식이 아닙니다. 다른 파일로 바뀌었거나 심하게 손상되었습니다.';
    case 'damaged':
      return '기록 파일이 손상되었습니다(무결성 검사 실패). 디스크 오류나 전원 차단 때문일 수 있습니다.';
    case 'foreign':
      return '기록 파일이 다른 프로그램의 데이터베이스입니다. 이 프로그램의 기록이 아니므로 열지 않았습니다.';
    case 'newer_schema':
      return `기록 파일이 이 프로그램보다 새 버전에서 만들어졌습니다(파일 ${problem.version}판, 프로그램 ${problem.latest}판). 프로그램을 최신 버전으로 설치하세요.`;
  }
}

/** Same instant, same name on every PC: 2026-12-02T14:30:05.123Z → 20261202-143005. */
export const fileStamp = (at: Date) => at.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');

/** With milliseconds, for files that may be made twice in one second (a restore right after a restore). */
export const fineFileStamp = (at: Date) => `${fileStamp(at)}-${String(at.getUTCMilliseconds()).padStart(3, '0')}`;

/**
 * Moves a file the app will not open out of the way, together with its WAL and shared-memory files,
 * under a name that says when. Nothing is deleted: the office (or a data-recovery tool) may still
 * want what is in it.
 */
export function setAsideDatabaseFile(file: string, at = new Date()): string {
  const target = file.replace(/\.sqlite$/, '') + `.set-aside-${fileStamp(at)}.sqlite`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
