import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import type { SecretBox } from '../../electron/dataLocation/dataLocation';
import { locationFromUrl } from '../../electron/db/postgres/postgresDialect';
import { memoryLogger } from '../../electron/log';
import { PASSWORD, PASSWORD_USER } from '../pg/throwawayCluster.mjs';
import { emptyPostgresDatabase } from '../helpers/testDatabase';
import { SIGN_IN_FIRST } from '../../shared/contract/access';
import { memoryStore, signInAdminOn, TEST_ADMIN, tempDir } from '../helpers/tempCore';

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A stand-in for Electron's safeStorage: sealed text that is visibly not the password. */
const fakeSafeStorage: SecretBox = {
  available: () => true,
  seal: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`).toString('base64'),
  open: (sealed) => [...Buffer.from(sealed, 'base64').toString().slice('sealed:'.length)].reverse().join(''),
};

/** A desk PC with its own data folder (and its own SQLite file), closed and deleted after the test. */
async function deskPc(name = 'FRONT-DESK', secrets?: SecretBox) {
  const dataDir = tempDir('minwon-desk-');
  const store = memoryStore();
  const core = await createCore({ dataDir, store, log: memoryLogger().logger, desk: name, secrets });
  cleanup.push(async () => {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  /**
   * A channel that must succeed. On records where nobody is signed in at this PC (a new PC, or records
   * it just moved to), the office's 관리자 signs in first, through the real channels, and it is tried again.
   */
  const must = async (channel: string, input: unknown) => {
    let result = await core.call(channel, input);
    if (!result.ok && result.error.message === SIGN_IN_FIRST) {
      await signInAdminOn(core.call);
      result = await core.call(channel, input);
    }
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as never;
  };
  return { core, store, dataDir, must };
}

const serverFields = (url: string, overrides: Partial<{ user: string; password: string; database: string; port: number; host: string }> = {}) => {
  const { host, port, database, user } = locationFromUrl(url);
  return { host, port, database, user, password: '', tls: false, ...overrides };
};

/** An empty office database, owned by the password login as an office's IT would set it up (README). */
async function emptyServer() {
  const server = await emptyPostgresDatabase(PASSWORD_USER);
  cleanup.push(server.drop);
  return server;
}

describe('Settings → 데이터 위치: 연결 시험', () => {
  it('says in Korean when the host does not answer, the password is wrong or the database is missing', async () => {
    const { must } = await deskPc();
    const { url } = await emptyServer();
    const unreachable = await must('dataLocation.test', serverFields(url, { port: 1 }));
    expect(unreachable).toMatchObject({ ok: false, reason: 'unreachable', message: expect.stringContaining('서버에 연결할 수 없습니다') });
    const wrong = await must('dataLocation.test', serverFields(url, { user: PASSWORD_USER, password: 'not-it' }));
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong_password', message: '사용자 이름이나 비밀번호가 맞지 않습니다.' });
    const right = await must('dataLocation.test', serverFields(url, { user: PASSWORD_USER, password: PASSWORD }));
    expect(right).toMatchObject({ ok: true, schemaVersion: 0, empty: true });
    const notOwned = await emptyPostgresDatabase();
    cleanup.push(notOwned.drop);
    const noRights = await must('dataLocation.test', serverFields(notOwned.url, { user: PASSWORD_USER, password: PASSWORD }));
    expect(noRights).toMatchObject({ ok: false, reason: 'permission', message: expect.stringContaining('권한') });
    const missing = await must('dataLocation.test', serverFields(url, { database: 'no_such_db' }));
    expect(missing).toMatchObject({ ok: false, reason: 'missing_database' });
  });

  it('says so when the server was set up by a newer version of the app', async () => {
    const { must } = await deskPc();
    const { url } = await emptyServer();
    const office = await deskPc('TEAM-LEAD');
    await office.must('dataLocation.use', { engine: 'postgres', server: serverFields(url) });
    await office.core.db.insertInto('schema_migration' as never).values({ version: 999, name: 'future', applied_at: 'x' } as never).execute();
    expect(await must('dataLocation.test', serverFields(url))).toMatchObject({ ok: false, reason: 'newer_schema', message: expect.stringContaining('새 버전') });
  });
});

describe('moving this PC’s records to the office server', () => {
  it('copies every row and photo in one go, compares the counts, and the desk then works on the server', async () => {
    const pc = await deskPc('FRONT-DESK', fakeSafeStorage);
    const dept = (await pc.must('departments.save', { name: '민원회계과' })) as { id: number };
    await pc.must('staff.save', { name: '홍길동', departmentId: dept.id });
    await pc.must('settings.save', { officeName: '○○구청' });
    const { url } = await emptyServer();

    const report = (await pc.must('dataLocation.moveToServer', { server: serverFields(url, { user: PASSWORD_USER, password: PASSWORD }) })) as {
      tables: { table: string; rows: number }[];
      totalRows: number;
    };
    // 홍길동 and the 관리자 who signed in (the first run), with their sign-ins in the account log.
    expect(report.tables).toContainEqual({ table: 'staff', rows: 2 });
    expect(report.tables).toContainEqual({ table: 'account_event', rows: 2 });
    expect(report.tables).toContainEqual({ table: 'office_setting', rows: 1 });
    expect(pc.core.engine).toBe('postgres');

    // The password is on the PC only in its sealed form.
    expect(JSON.stringify(pc.store.data.get('dataLocation'))).not.toContain(PASSWORD);
    expect(await pc.must('dataLocation.get', {})).toMatchObject({ engine: 'postgres', server: { user: PASSWORD_USER, passwordSaved: true } });

    // The server's numbering goes on after the copied ids, and another desk sees the same records.
    await pc.must('departments.save', { name: '여권과' });
    const other = await deskPc('TEAM-LEAD');
    await other.must('dataLocation.use', { engine: 'postgres', server: serverFields(url) });
    expect(((await other.must('departments.list', { includeInactive: true })) as { name: string }[]).map((d) => d.name).filter((n) => n !== TEST_ADMIN.departmentName)).toEqual(['민원회계과', '여권과']);
    expect(await other.must('settings.get', {})).toMatchObject({ officeName: '○○구청' });
  });

  it('refuses to merge into a server that already holds records, changing nothing there', async () => {
    const { url } = await emptyServer();
    const first = await deskPc('OTHER-OFFICE');
    await first.must('dataLocation.use', { engine: 'postgres', server: serverFields(url) });
    await first.must('departments.save', { name: '다른 사무실' });

    const pc = await deskPc();
    await pc.must('departments.save', { name: '민원회계과' });
    const result = await pc.core.call('dataLocation.moveToServer', { server: serverFields(url) });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('빈 데이터베이스로만') } });
    expect(pc.core.engine).toBe('sqlite');
    expect(((await first.must('departments.list', { includeInactive: true })) as { name: string }[]).map((d) => d.name).filter((n) => n !== TEST_ADMIN.departmentName)).toEqual(['다른 사무실']);
  });
});

