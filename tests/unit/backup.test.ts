import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import { memoryStore, signInAdminOn, snapshotDb, TEST_ADMIN, tempCore, type TempCore, tempDir } from '../helpers/tempCore';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let app: TempCore;
const made: string[] = [];
const folder = () => {
  const dir = tempDir('minwon-backup-copy-');
  made.push(dir);
  return dir;
};
afterEach(() => {
  app?.close();
  if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An office with a person, a healing program and its photo: every kind of thing a backup must carry. */
async function office() {
  app = await tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  const person = await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
  const program = await app.must('healing.save', { date: '2024-05-17', place: '태종대', activity: '숲길 걷기', participants: 3, participantStaffIds: [person.id] });
  await app.must('healing.addPhoto', { programId: program.id, caption: '단체 사진', contentBase64: PNG });
  return { dept, person, program };
}

const files = (root: string) =>
  fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.sqlite')).map((f) => f.split(path.sep).join('/')).sort() : [];

describe('automatic backups', () => {
  it('make a daily, a weekly and a monthly copy once, each a whole database with the photos in it', async () => {
    await office();
    const made = await app.core.backups.runDue('2026-12-02');
    expect(made.map((b) => b.id).sort()).toEqual(['daily/minwon-2026-12-02.sqlite', 'monthly/minwon-2026-12.sqlite', 'weekly/minwon-2026-W49.sqlite']);
    expect(await app.core.backups.runDue('2026-12-02')).toEqual([]);

    for (const b of made) {
      const copy = new Database(b.file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT name FROM staff ORDER BY id').all()).toEqual([{ name: TEST_ADMIN.name }, { name: '홍길동' }]);
      expect((copy.prepare('SELECT content FROM healing_photo').get() as { content: Buffer }).content.toString('base64')).toBe(PNG);
      copy.close();
    }
  });

  it('are not blocked by a backup that was killed half-way, and clear what it left', async () => {
    await office();
    const daily = path.join(app.dataDir, 'backups', 'daily');
    fs.mkdirSync(daily, { recursive: true });
    fs.writeFileSync(path.join(daily, 'minwon-2026-12-02.sqlite.partial'), 'half a database');
    const made = await app.core.backups.runDue('2026-12-02');
    expect(made.map((b) => b.id)).toContain('daily/minwon-2026-12-02.sqlite');
    expect(fs.readdirSync(daily)).toEqual(['minwon-2026-12-02.sqlite']);
  });

  it('keep the newest 14 daily, 8 weekly and 12 monthly copies, so a mistake found a month later can be undone', async () => {
    app = await tempCore();
    const day = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < 400; i += 5) {
      const d = new Date(day.getTime() + i * 86_400_000).toISOString().slice(0, 10);
      await app.core.backups.runDue(d);
    }
    const all = files(path.join(app.dataDir, 'backups'));
    const tier = (t: string) => all.filter((f) => f.startsWith(`${t}/`));
    expect(tier('daily')).toHaveLength(14);
    expect(tier('weekly')).toHaveLength(8);
    expect(tier('monthly')).toHaveLength(12);
    // The last run is 2027-01-31: twelve months back from it is 2026-02.
    expect(tier('monthly').at(-1)).toBe('monthly/minwon-2027-01.sqlite');
    expect(tier('monthly')[0]).toBe('monthly/minwon-2026-02.sqlite');
  }, 30_000);

  it('are also copied to a second folder, and a missing second folder does not stop the local backup', async () => {
    await office();
    const second = folder();
    await app.must('backup.setCopyFolder', { folder: second });
    await app.core.backups.runDue('2026-12-02');
    expect(files(second)).toEqual(['daily/minwon-2026-12-02.sqlite', 'monthly/minwon-2026-12.sqlite', 'weekly/minwon-2026-W49.sqlite']);

    fs.rmSync(second, { recursive: true });
    fs.writeFileSync(second, 'a file where the folder was');
    await app.core.backups.runDue('2026-12-03');
    expect(files(path.join(app.dataDir, 'backups'))).toContain('daily/minwon-2026-12-03.sqlite');
    const overview = await app.must('backup.list', {});
    expect(overview.copyError).toMatch(/두 번째 백업 폴더/);
  });

  it('refuse a second folder inside the data folder, or a relative path, in Korean', async () => {
    app = await tempCore();
    const inside = await app.call('backup.setCopyFolder', { folder: path.join(app.dataDir, 'copies') });
    expect(inside).toMatchObject({ ok: false, error: { field: 'folder', message: expect.stringContaining('데이터 폴더 밖') } });
    const relative = await app.call('backup.setCopyFolder', { folder: 'backups' });
    expect(relative).toMatchObject({ ok: false, error: { field: 'folder', message: expect.stringContaining('전체 경로') } });
  });
});

describe('restoring a backup from the app', () => {
  it('brings back exactly the rows and photos that were backed up, after keeping the present records as a backup', async () => {
    const { program } = await office();
    const backup = await app.must('backup.now', {});
    const atBackup = await snapshotDb(app);

    await app.must('departments.save', { name: '나중에 만든 부서' });
    await app.must('healing.addPhoto', { programId: program.id, caption: '나중 사진', contentBase64: PNG });
    const beforeRestore = await snapshotDb(app);

    const { safetyBackupId } = await app.must('backup.restore', { id: backup.id, location: 'local' });
    expect(await snapshotDb(app)).toEqual(atBackup);
    // The restored records have their own PINs and roles: whoever was at the PC signs in again.
    expect(await app.call('healing.list', { year: 2024 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.signInAsAdmin();
    expect((await app.must('healing.list', { year: 2024 }))[0].photos.map((p) => p.caption)).toEqual(['단체 사진']);

    // What was there before the restore is itself a backup that restores.
    expect(safetyBackupId).toMatch(/^safety\/minwon-\d{8}-\d{6}-\d{3}\.sqlite$/);
    await app.must('backup.restore', { id: safetyBackupId, location: 'local' });
    expect(await snapshotDb(app)).toEqual(beforeRestore);
  });

  it('refuses a damaged backup in Korean and changes nothing', async () => {
    await office();
    const backup = await app.must('backup.now', {});
    fs.writeFileSync(path.join(app.dataDir, 'backups', backup.id), 'garbage');
    const before = await snapshotDb(app);
    const result = await app.call('backup.restore', { id: backup.id, location: 'local' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^이 파일로 되돌릴 수 없습니다\. /) } });
    expect(await snapshotDb(app)).toEqual(before);
    expect(files(path.join(app.dataDir, 'backups')).filter((f) => f.startsWith('safety/'))).toEqual([]);
  });

  it('refuses a backup name that is not in the list', async () => {
    await office();
    const result = await app.call('backup.restore', { id: '../minwon.sqlite', location: 'local' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('moving to a new PC', () => {
  it('writes one file with every record and photo, which the new PC takes in whole', async () => {
    await office();
    const moveFolder = folder();
    const { file } = await app.must('backup.exportForMove', { folder: moveFolder });
    expect(path.basename(file)).toMatch(/^minwon-move-\d{8}-\d{6}\.sqlite$/);
    const original = await snapshotDb(app);

    const newPc = await createCore({ dataDir: folder(), store: memoryStore(), log: memoryLogger().logger });
    await signInAdminOn(newPc.call);
    await newPc.call('departments.save', { name: '새 PC에서 만든 부서' });
    const result = await newPc.call('backup.importFromFile', { file });
    expect(result.ok).toBe(true);
    expect(await snapshotDb(newPc)).toEqual(original);
    await newPc.close();
  });

  it('refuses a file that is not this app’s records, in Korean', async () => {
    app = await tempCore();
    const stray = path.join(folder(), 'notes.sqlite');
    fs.writeFileSync(stray, 'just some text');
    const result = await app.call('backup.importFromFile', { file: stray });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('데이터베이스 형식이 아닙니다') } });
  });
});
