import type { ChannelName, Input, Output } from '../../shared/contract';
import { HTTP_PREFIX, type MinwonBridge, type WireAnswer } from '../../shared/contract/transport';
import { SCREEN_LOCKED, SIGN_IN_FIRST } from '../../shared/contract/access';
import type { AppError, Result } from '../../shared/result';

declare global {
  interface Window {
    minwon?: MinwonBridge;
  }
}

/** In Electron the preload's bridge; in the browser preview, the same contract over HTTP. */
async function transport(channel: string, input: unknown): Promise<unknown> {
  if (window.minwon) return window.minwon.call(channel, input);
  const response = await fetch(HTTP_PREFIX + encodeURIComponent(channel), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input ?? null),
  });
  return response.json();
}

const changeListeners = new Set<() => void>();
const sessionListeners = new Set<(error: AppError) => void>();

/**
 * Called when the core refuses a call because the screen is locked or nobody is signed in (its own
 * idle lock, or a sign-out at restore): the shell then asks who is at the PC and shows the lock.
 */
export function onSessionRefusal(listener: (error: AppError) => void) {
  sessionListeners.add(listener);
  return () => void sessionListeners.delete(listener);
}

const isSessionRefusal = (error: AppError) => error.code === 'forbidden' && (error.message === SCREEN_LOCKED || error.message === SIGN_IN_FIRST);

/** Called after every successful command, so every list on screen shows the change. */
export function onRecordsChanged(listener: () => void) {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

/** Calls one contract channel; a failure comes back as a value with a Korean message, never as a throw. */
export async function call<K extends ChannelName>(channel: K, input: Input<K>): Promise<Result<Output<K>>> {
  let result: WireAnswer<Output<K>>;
  try {
    result = (await transport(channel, input)) as WireAnswer<Output<K>>;
  } catch {
    return { ok: false, error: { code: 'unexpected', message: '프로그램 내부 연결에 실패했습니다. 프로그램을 다시 시작해 주세요.' } };
  }
  if (result.ok && result.recordsChanged) changeListeners.forEach((l) => l());
  if (!result.ok && isSessionRefusal(result.error)) sessionListeners.forEach((l) => l(result.error));
  return result;
}
