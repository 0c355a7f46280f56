import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import { defaultSettings } from '../../shared/settings';
import { memoryStore, signInAdminOn, tempCore, tempDir, type TempCore } from '../helpers/tempCore';


let app: TempCore;
afterEach(() => app?.close());

describe('settings', () => {
  it('start from the defaults an office expects', async () => {
    app = await tempCore();
    expect(await app.must('settings.get', {})).toEqual({
      officeName: '', departmentName: '', teamName: '', extension: '', defaultLoanDays: 7, retentionYears: 3, uiFontSize: 16, lockAfterMinutes: 10, privacyOfficer: '', termFrom: '2022-07', termTo: '2026-06',
    });
  });

  it('keep what was saved and leave the rest alone', async () => {
    app = await tempCore();
    await app.must('settings.save', { officeName: '○○구청', teamName: '행정여권팀' });
    await app.must('settings.save', { defaultLoanDays: 14 });
    expect(await app.must('settings.get', {})).toMatchObject({ officeName: '○○구청', teamName: '행정여권팀', defaultLoanDays: 14 });
  });

  it('refuse an out-of-range value beside its field and keep the old one', async () => {
    app = await tempCore();
    await app.must('settings.save', { defaultLoanDays: 10 });
    expect(await app.call('settings.save', { defaultLoanDays: 0 })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: '기본 대여 기간은 1일 이상이어야 합니다.',
        field: 'defaultLoanDays',
        issues: [{ field: 'defaultLoanDays', message: '기본 대여 기간은 1일 이상이어야 합니다.' }],
      },
    });
    expect(await app.call('settings.save', { extension: '12a' })).toMatchObject({ ok: false, error: { field: 'extension' } });
    expect((await app.must('settings.get', {})).defaultLoanDays).toBe(10);
  });

  it("keep the mayor's term in order", async () => {
    app = await tempCore();
    await app.must('settings.save', { termFrom: '2026-07', termTo: '2030-06' });
    expect(await app.call('settings.save', { termTo: '2026-06' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: '임기 종료가 임기 시작보다 앞섭니다.', field: 'termTo' },
    });
    expect(await app.call('settings.save', { termFrom: '2026-13' })).toMatchObject({ ok: false, error: { field: 'termFrom' } });
    expect(await app.must('settings.get', {})).toMatchObject({ termFrom: '2026-07', termTo: '2030-06' });
  });

  it('fall back to the default for a field that was damaged where it is kept', async () => {
    app = await tempCore();
    await app.must('settings.save', { officeName: '○○구청' });
    app.store.set('settings', { uiFontSize: 99 });
    await app.db.updateTable('office_setting').set({ value: '"many"' }).where('key', '=', 'officeName').execute();
    await app.db.insertInto('office_setting').values({ key: 'defaultLoanDays', value: 'not json', updated_at: 'x', updated_by: null, updated_desk: null }).execute();
    expect(await app.must('settings.get', {})).toEqual({ ...defaultSettings, officeName: 'many' });
  });
});

describe('office and PC settings', () => {
  const cores: { close: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
  });

  /** A second desk: another PC (its own store) on the same office database. */
  async function secondDesk(first: TempCore) {
    const dataDir = tempDir();
    const core = await createCore({ dataDir, store: memoryStore(), log: memoryLogger().logger, records: first.location, desk: 'DESK-2' });
    cores.push({ close: async () => { await core.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } });
    await signInAdminOn(core.call);
    return core;
  }

  it("keep the office's settings in the database, where every desk sees the same, and the font size on each PC", async () => {
    app = await tempCore();
    await app.must('settings.save', { officeName: '○○구청', defaultLoanDays: 10, uiFontSize: 20 });
    const other = await secondDesk(app);
    expect(await other.call('settings.get', {})).toMatchObject({ ok: true, value: { officeName: '○○구청', defaultLoanDays: 10, uiFontSize: 16 } });
    await other.call('settings.save', { retentionYears: 2 });
    expect(await app.must('settings.get', {})).toMatchObject({ retentionYears: 2, uiFontSize: 20 });
    const row = await app.db.selectFrom('office_setting').selectAll().where('key', '=', 'retentionYears').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ value: '2', updated_desk: 'DESK-2' });
  });

  it('carry the settings an earlier version kept on the PC into a database that has none, once', async () => {
    const dataDir = tempDir();
    const store = memoryStore();
    store.set('settings', { officeName: '△△구청', teamName: '민원팀', uiFontSize: 18 });
    const core = await createCore({ dataDir, store, log: memoryLogger().logger });
    cores.push({ close: async () => { await core.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } });
    expect(await core.call('settings.get', {})).toMatchObject({ ok: true, value: { officeName: '△△구청', teamName: '민원팀', uiFontSize: 18 } });
    const rows = await core.db.selectFrom('office_setting').select('key').orderBy('key').execute();
    expect(rows.map((r) => r.key)).toEqual(['officeName', 'teamName']);
  });
});
