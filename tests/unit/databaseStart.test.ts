import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isNetworkPath } from '../../electron/backup/networkPath';
import { createCore, DatabaseStartError, databaseFileOf } from '../../electron/core';
import { latestSchemaVersion } from '../../electron/db/migrator';
import { applyRecovery, recoveryOffer } from '../../electron/db/startupRecovery';
import { memoryLogger } from '../../electron/log';
import { memoryStore, signInAdminOn, snapshotDb, tempDir } from '../helpers/tempCore';

const made: string[] = [];
const folder = () => {
  const dir = tempDir('minwon-start-');
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const start = (dataDir: string) => createCore({ dataDir, store: memoryStore(), log: memoryLogger().logger });

/** Starts the app on a folder and returns the refusal it gave, or fails if it opened. */
async function refusal(dataDir: string): Promise<DatabaseStartError> {
  try {
    await (await start(dataDir)).close();
  } catch (error) {
    if (error instanceof DatabaseStartError) return error;
    throw error;
  }
  throw new Error('the app opened the file');
}

/** A data folder whose records hold one department, as a real office's would. */
async function officeWithRecords() {
  const dataDir = folder();
  const core = await start(dataDir);
  await signInAdminOn(core.call);
  await core.call('departments.save', { name: '민원회계과' });
  await core.close();
  return dataDir;
}

const HANGUL = /[가-힣]/;

describe('a damaged or foreign database at start-up', () => {
  const cases: [string, (file: string) => void, string][] = [
    ['a file of random bytes', (f) => fs.writeFileSync(f, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251))), 'not_a_database'],
    ['a zero-length file', (f) => fs.writeFileSync(f, ''), 'empty_file'],
    ['a file cut short', (f) => fs.truncateSync(f, 4096 + 100), 'damaged'],
    ['another program\'s SQLite file', (f) => {
      fs.rmSync(f);
      const other = new Database(f);
      other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER); INSERT INTO invoices VALUES (1, 5)');
      other.close();
    }, 'foreign'],
    ['a file from a newer version of the app', (f) => {
      const db = new Database(f);
      db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
      db.close();
    }, 'newer_schema'],
  ];

  for (const [what, damage, kind] of cases) {
    it(`refuses ${what} with a Korean explanation and leaves every byte of it as it was`, async () => {
      const dataDir = await officeWithRecords();
      const file = databaseFileOf(dataDir);
      damage(file);
      const before = fs.readFileSync(file);
      const error = await refusal(dataDir);
      expect(error.problem.kind).toBe(kind);
      expect(error.message).toMatch(HANGUL);
      expect(error.message).not.toMatch(/SQLITE|database|file is/i);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      // Asking twice gives the same answer: nothing was "repaired" by the first look.
      expect((await refusal(dataDir)).problem.kind).toBe(kind);
    });
  }

  it('offers the newest good backup, and restoring it keeps the failed file under a dated name', async () => {
    const dataDir = await officeWithRecords();
    const core = await start(dataDir);
    await core.backups.runDue('2026-12-01');
    const backedUp = await snapshotDb(core);
    await core.close();
    fs.writeFileSync(databaseFileOf(dataDir), 'not a database at all');

    const offer = recoveryOffer(await refusal(dataDir), dataDir, '');
    expect(offer.choices.map((c) => c.choice)).toEqual(['restore_backup', 'start_empty', 'quit']);
    expect(offer.choices[0].label).toMatch(/^최근 백업으로 되살리기 \(\d{4}\.\d{2}\.\d{2}\.\(.\) \d{2}:\d{2}\)$/);
    const { setAsidePath } = applyRecovery('restore_backup', dataDir, offer.backup);
    expect(path.basename(setAsidePath!)).toMatch(/^minwon\.set-aside-\d{8}-\d{6}\.sqlite$/);
    expect(fs.readFileSync(setAsidePath!, 'utf8')).toBe('not a database at all');

    const restored = await start(dataDir);
    expect(await snapshotDb(restored)).toEqual(backedUp);
    await restored.close();
  });

  it('starts empty when asked, still keeping the failed file; quitting changes nothing', async () => {
    const dataDir = await officeWithRecords();
    fs.writeFileSync(databaseFileOf(dataDir), '');
    const offer = recoveryOffer(await refusal(dataDir), dataDir, '');
    expect(offer.choices.map((c) => c.choice)).toEqual(['start_empty', 'quit']);

    expect(applyRecovery('quit', dataDir, null)).toEqual({ setAsidePath: null });
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('set-aside'))).toEqual([]);

    const { setAsidePath } = applyRecovery('start_empty', dataDir, null);
    expect(fs.statSync(setAsidePath!).size).toBe(0);
    const fresh = await start(dataDir);
    // Empty records: nobody listed, so the first run (the first person becomes the 관리자) starts again.
    expect(await fresh.call('session.current', {})).toMatchObject({ ok: true, value: { staffId: null, firstRun: { upgraded: false } } });
    await fresh.close();
  });
});

describe('the live database on a network folder', () => {
  it('is recognised on a UNC path and under a network mount, not on a local disk', () => {
    const mounts = [
      { point: '/', type: 'ext4' },
      { point: '/mnt/office share', type: 'cifs' },
      { point: '/srv/nfs', type: 'nfs4' },
    ];
    expect(isNetworkPath('\\\\fileserver\\minwon', mounts)).toBe(true);
    expect(isNetworkPath('//fileserver/minwon', mounts)).toBe(true);
    expect(isNetworkPath('/mnt/office share/minwon', mounts)).toBe(true);
    expect(isNetworkPath('/srv/nfs', mounts)).toBe(true);
    expect(isNetworkPath('/srv/nfsdata', mounts)).toBe(false);
    expect(isNetworkPath('/home/clerk/minwon', mounts)).toBe(false);
  });

  it('is refused at start with the reason in Korean', async () => {
    const error = await refusal('\\\\fileserver\\minwon');
    expect(error.problem.kind).toBe('network_location');
    expect(error.message).toContain('네트워크');
    expect(recoveryOffer(error, '', '').choices.map((c) => c.choice)).toEqual(['quit']);
  });
});
