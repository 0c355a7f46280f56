import { vi } from 'vitest';
import { tempCore, type TempCoreOptions } from './tempCore';

/**
 * A loans desk at a fixed moment (the app's clock faked, so due dates and the undo's minutes are known):
 * a clerk picked at the PC and the wheelchairs given, registered in that order (ids 1, 2, ...).
 * The test restores the timers (vi.useRealTimers) when it is done.
 */
export async function loanDeskAt(at: string, assetNumbers: string[], options: TempCoreOptions = {}) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(at));
  const app = await tempCore(options);
  const dept = await app.must('departments.save', { name: '민원회계과' });
  await app.signInAs((await app.must('staff.save', { name: '김담당', departmentId: dept.id })).id);
  for (const assetNumber of assetNumbers) await app.must('loans.saveWheelchair', { assetNumber, kind: 'manual' });
  return app;
}
