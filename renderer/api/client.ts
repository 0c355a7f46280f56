import { contract, type ChannelName, type Input, type Output } from '../../shared/contract';
import { HTTP_PREFIX, type MinwonBridge } from '../../shared/contract/transport';
import type { Result } from '../../shared/result';

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

/** Called after every successful command, so every list on screen shows the change. */
export function onRecordsChanged(listener: () => void) {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

/** Calls one contract channel; a failure comes back as a value with a Korean message, never as a throw. */
export async function call<K extends ChannelName>(channel: K, input: Input<K>): Promise<Result<Output<K>>> {
  let result: Result<Output<K>>;
  try {
    result = (await transport(channel, input)) as Result<Output<K>>;
  } catch {
    return { ok: false, error: { code: 'unexpected', message: '프로그램 내부 연결에 실패했습니다. 프로그램을 다시 시작해 주세요.' } };
  }
  if (result.ok && contract[channel].kind === 'command') changeListeners.forEach((l) => l());
  return result;
}
