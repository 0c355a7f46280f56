import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import type { HandlerTable } from '../../electron/ipc/handlerTypes';
import { memoryLogger } from '../../electron/log';

/** No handler may run for a refused input: every one of them throws if it is reached. */
const unreachable = new Proxy({} as HandlerTable, {
  get: () => () => {
    throw new Error('a handler ran for an input the contract refuses');
  },
});

/** A 관리자 signed in: every channel is theirs, so what comes back is the input's check alone. */
const admin = { id: 1, name: '관리자', role: 'admin' as const };
const send = (channel: string, input: unknown) => dispatch(unreachable, channel, input, { actor: admin, desk: 'TEST-DESK' }, memoryLogger().logger);

describe('a refused input comes back with every problem at once', () => {
  it('a wheelchair with no asset number and no kind: both fields get their Korean message', async () => {
    const result = await send('loans.saveWheelchair', { assetNumber: '', kind: 'rocket' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues).toEqual([
      { field: 'assetNumber', message: '자산번호를 입력하세요.' },
      { field: 'kind', message: '휠체어 종류를 선택하세요.' },
    ]);
    // Callers that read one message still get the first.
    expect(result.error).toMatchObject({ field: 'assetNumber', message: '자산번호를 입력하세요.' });
  });

  it('a healing program with a negative count and a bad date names each field by its path', async () => {
    const result = await send('healing.save', { date: '2024-13-40', place: '', activity: '요가', participants: -5, participantStaffIds: [], costWon: 0, note: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.error.issues?.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['date', 'place', 'participants']));
    expect(result.error.issues?.every((i) => /[가-힣]/.test(i.message))).toBe(true);
  });

  it('a period the wrong way round is put on its end date', async () => {
    const result = await send('loans.figures', { from: '2024-12-31', to: '2024-01-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([{ field: 'to', message: '종료일이 시작일보다 빠릅니다.' }]);
  });

  it('a problem of the whole input (no field) comes back with an empty field name', async () => {
    const result = await send('loans.saveWheelchair', 'W-01');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBeUndefined();
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues?.[0].field).toBe('');
  });
});
