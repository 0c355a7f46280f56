import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { tempCore, type TempCore } from '../helpers/tempCore';

let app: TempCore;
afterEach(() => app?.close());

describe('settings', () => {
  it('start from the defaults an office expects', async () => {
    app = await tempCore();
    expect(await app.must('settings.get', {})).toEqual({
      officeName: '', departmentName: '', teamName: '', extension: '', defaultLoanDays: 7, retentionYears: 3, uiFontSize: 16, termFrom: '2022-07', termTo: '2026-06',
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

  it('fall back to the default for a field that was damaged on disk', async () => {
    app = await tempCore();
    app.store.set('settings', { officeName: '○○구청', defaultLoanDays: 'many', uiFontSize: 99 });
    expect(await app.must('settings.get', {})).toEqual({ ...defaultSettings, officeName: '○○구청' });
  });
});
