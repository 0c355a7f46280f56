import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextInput } from '@mantine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCREEN_LOCKED } from '../../shared/contract/access';
import type { SessionState } from '../../shared/contract/session';
import { defaultSettings } from '../../shared/settings';
import { call } from '../../renderer/api/client';
import { AppStateProvider, useAppState } from '../../renderer/app/SessionContext';
import { LockOverlay } from '../../renderer/session/LockOverlay';
import { renderWithTheme } from './render';

const person: SessionState = {
  staffId: 3,
  name: '홍담당',
  departmentName: '민원회계과',
  role: 'desk',
  locked: false,
  firstRun: null,
  lastStaffId: 3,
  lockAfterMinutes: 10,
};
let state: SessionState;

/** The core behind the preload's bridge: locked on demand, and opened only by the right PIN. */
const bridge = vi.fn(async (channel: string, input: unknown) => {
  if (channel === 'session.current') return { ok: true, value: state };
  if (channel === 'settings.get') return { ok: true, value: defaultSettings };
  if (channel === 'session.people') return { ok: true, value: [] };
  if (channel === 'session.unlock') {
    if ((input as { pin: string }).pin !== '2468') {
      return { ok: false, error: { code: 'forbidden', message: 'PIN이 맞지 않습니다. 4번 더 틀리면 잠시 기다려야 합니다.', field: 'pin' } };
    }
    state = { ...state, locked: false };
    return { ok: true, value: state };
  }
  if (state.locked) return { ok: false, error: { code: 'forbidden', message: SCREEN_LOCKED } };
  return { ok: true, value: [] };
});

/** A page with a form half typed, and the lock over it when the core says the screen is locked. */
function PageUnderLock() {
  const { session } = useAppState();
  return (
    <>
      <TextInput label="추천 내용" />
      {session?.locked && <LockOverlay session={session} />}
    </>
  );
}

beforeEach(() => {
  state = { ...person };
  window.minwon = { call: bridge } as never;
});
afterEach(() => {
  delete window.minwon;
});

describe('the screen lock', () => {
  it('comes over the page when the core refuses a call as locked, keeps the typed input, and gives it back with the focus after the PIN', async () => {
    const user = userEvent.setup();
    const shortcut = vi.fn();
    window.addEventListener('keydown', shortcut);
    renderWithTheme(
      <AppStateProvider>
        <PageUnderLock />
      </AppStateProvider>,
    );
    await waitFor(() => expect(bridge).toHaveBeenCalledWith('session.current', {}));
    const memo = screen.getByLabelText('추천 내용') as HTMLInputElement;
    await user.type(memo, '휠체어를 주차장까지 모셔다 드림');

    // The core locked by itself (idle time passed): the next call is refused, and the lock shows.
    state = { ...state, locked: true };
    await act(async () => void (await call('kindness.nominations', { month: '2024-01' })));
    const lock = await screen.findByRole('dialog', { name: '화면 잠금' });
    expect(within(lock).getByText(/홍담당 \(민원회계과\) · 담당자/)).toBeTruthy();
    const pin = within(lock).getByLabelText('PIN') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(pin));
    // The page is still there beneath, out of reach, with what was typed.
    expect(memo.isConnected).toBe(true);
    expect(memo.value).toBe('휠체어를 주차장까지 모셔다 드림');
    expect(memo.closest('[inert]')).not.toBeNull();

    shortcut.mockClear();
    await user.type(pin, '1111{Enter}');
    expect(await within(lock).findByText('PIN이 맞지 않습니다. 4번 더 틀리면 잠시 기다려야 합니다.')).toBeTruthy();
    // Keys typed in the lock never reach the page's shortcuts (F2, Alt+1…).
    expect(shortcut).not.toHaveBeenCalled();

    await user.clear(pin);
    await user.type(pin, '2468{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '화면 잠금' })).toBeNull());
    expect(memo.value).toBe('휠체어를 주차장까지 모셔다 드림');
    expect(memo.closest('[inert]')).toBeNull();
    expect(document.activeElement).toBe(memo);
    window.removeEventListener('keydown', shortcut);
  });
});
