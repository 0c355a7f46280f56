import { vi } from 'vitest';

/**
 * Sets the desk's clock to a Korean wall-clock time ('2024-06-14 10:00'; KST is UTC+9) by faking Date
 * only: timers keep running, and the core's idle clock (tempCore's realClock) is not moved. The test
 * calls vi.useRealTimers() after.
 */
export const setDeskTime = (at: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${at.replace(' ', 'T')}:00+09:00`));
};
