import { describe, expect, it } from 'vitest';
import { contract, type ChannelName } from '../../shared/contract';
import { snapshotDb, tempCore } from '../helpers/tempCore';
import { validInputs } from '../fixtures/validInputs/index';

const HANGUL = /[가-힣]/;
const HUGE = 'ㄱ'.repeat(15_000_000);
const channels = Object.keys(contract) as ChannelName[];

async function seeded() {
  const app = tempCore();
  const dept = await app.must('departments.save', { name: '민원회계과' });
  await app.must('staff.save', { name: '홍길동', departmentId: dept.id });
  return app;
}

/** Every way the test breaks a valid input: each is expected to be refused. */
function brokenVariants(valid: unknown): { label: string; input: unknown }[] {
  const variants: { label: string; input: unknown }[] = [
    { label: 'a number instead of an object', input: 12345 },
    { label: 'a string instead of an object', input: 'DROP TABLE staff' },
    { label: 'an array instead of an object', input: [valid] },
    { label: 'an unknown extra field', input: { ...(valid as object), __proto_pollution: { admin: true } } },
  ];
  for (const [key, value] of Object.entries(valid as object)) {
    if (typeof value === 'string') variants.push({ label: `a huge ${key}`, input: { ...(valid as object), [key]: HUGE } });
    variants.push({ label: `${key} of the wrong type`, input: { ...(valid as object), [key]: typeof value === 'string' ? 7 : 'seven' } });
  }
  return variants;
}

describe('the contract', () => {
  it('has a valid sample input for every channel, and each sample is accepted', async () => {
    const app = await seeded();
    expect(Object.keys(validInputs).sort()).toEqual([...channels].sort());
    for (const name of channels) expect(contract[name].input.safeParse(validInputs[name]).success, name).toBe(true);
    app.close();
  });

  it('refuses an undeclared channel without touching anything', async () => {
    const app = await seeded();
    const before = snapshotDb(app.db);
    expect(await app.core.call('staff.drop', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: '알 수 없는 요청입니다.' } });
    expect(await app.core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await app.core.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(snapshotDb(app.db)).toEqual(before);
    app.close();
  });

  for (const name of channels) {
    it(`${name}: wrong types, missing fields and huge strings get a Korean message and change nothing`, async () => {
      const app = await seeded();
      const before = snapshotDb(app.db);
      const settingsBefore = JSON.stringify([...app.store.data]);
      const variants = brokenVariants(validInputs[name]);
      if (!contract[name].input.safeParse({}).success) variants.push({ label: 'no fields at all', input: {} });
      for (const { label, input } of variants) {
        const result = await app.core.call(name, input);
        expect(result.ok, `${name} accepted ${label}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, label).toBe('invalid_input');
          expect(result.error.message, label).toMatch(HANGUL);
          expect(result.error.message.length, label).toBeLessThan(200);
        }
      }
      expect(snapshotDb(app.db)).toEqual(before);
      expect(JSON.stringify([...app.store.data])).toBe(settingsBefore);
      app.close();
    });
  }

  it('logs an unexpected failure with its channel and keeps personal data out of the log', async () => {
    const app = await seeded();
    app.db.exec('DROP TABLE personal_data_view; DROP INDEX staff_department; ALTER TABLE staff RENAME TO staff_gone;');
    const result = await app.core.call('staff.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    expect(app.logEntries[0]).toMatchObject({ level: 'error', event: 'handler_failed', context: { channel: 'staff.list' } });
    app.close();
  });
});
