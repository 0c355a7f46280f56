import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { brokenVariants, channels, koreanRefusalProblem, seededCore as seeded } from '../helpers/contractCases';
import { snapshotDb } from '../helpers/tempCore';
import { validInputs } from '../fixtures/validInputs/index';

const HUGE = 'ㄱ'.repeat(15_000_000);

describe('the contract', () => {
  it('has a valid sample input for every channel, and each sample is accepted', async () => {
    const app = await seeded();
    expect(Object.keys(validInputs).sort()).toEqual([...channels].sort());
    for (const name of channels) expect(contract[name].input.safeParse(validInputs[name]).success, name).toBe(true);
    await app.close();
  });

  it('refuses an undeclared channel without touching anything', async () => {
    const app = await seeded();
    const before = await snapshotDb(app);
    expect(await app.core.call('staff.drop', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: '알 수 없는 요청입니다.' } });
    expect(await app.core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await app.core.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await snapshotDb(app)).toEqual(before);
    await app.close();
  });

  for (const name of channels) {
    it(`${name}: wrong types, missing fields and huge strings get a Korean message and change nothing`, async () => {
      const app = await seeded();
      const before = await snapshotDb(app);
      const settingsBefore = JSON.stringify([...app.store.data]);
      const variants = brokenVariants(validInputs[name], HUGE);
      if (!contract[name].input.safeParse({}).success) variants.push({ label: 'no fields at all', input: {} });
      for (const { label, input } of variants) {
        const result = await app.core.call(name, input);
        expect(result.ok, `${name} accepted ${label}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, label).toBe('invalid_input');
          expect(koreanRefusalProblem(result.error.message), `${label}: ${result.error.message}`).toBeNull();
        }
      }
      expect(await snapshotDb(app)).toEqual(before);
      expect(JSON.stringify([...app.store.data])).toBe(settingsBefore);
      await app.close();
    });
  }

  it('logs an unexpected failure with its channel and keeps personal data out of the log', async () => {
    const app = await seeded();
    await sql`ALTER TABLE staff RENAME TO staff_gone`.execute(app.db);
    const result = await app.core.call('staff.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    expect(app.logEntries[0]).toMatchObject({ level: 'error', event: 'handler_failed', context: { channel: 'staff.list' } });
    await app.close();
  });
});
