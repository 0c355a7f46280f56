import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CALL } from '../../shared/contract/transport';
import { fail, type Result } from '../../shared/result';
import type { Logger } from '../log';
import { wireAnswer } from './wireAnswer';

export type Call = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Wires the handler table to Electron. Every message is checked for its sender first: only the
 * app's own window showing the app's own page may call; anything else (a stray frame, a page
 * navigated elsewhere) is refused before its input is even read.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  call: Call,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: Logger,
) {
  ipcMain.handle(IPC_CALL, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      log.error('ipc_untrusted_sender', { url: event.senderFrame?.url ?? null, channel: String(channel).slice(0, 100) });
      return fail({ code: 'forbidden', message: '허용되지 않은 화면에서 온 요청입니다.' });
    }
    if (typeof channel !== 'string') return fail({ code: 'unknown_channel', message: '알 수 없는 요청입니다.' });
    return call(channel, input).then((result) => wireAnswer(channel, result));
  });
}
