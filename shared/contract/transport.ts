/** The single Electron IPC channel; which contract channel is meant travels as its first argument. */
export const IPC_CALL = 'minwon:call';
/** The preview's HTTP route prefix: POST /api/<channel> with the input as JSON. */
export const HTTP_PREFIX = '/api/';
/** GET /download/<token>: a streamed file (DownloadTicket), on the page's own origin in the app and in the preview. */
export const DOWNLOAD_PREFIX = '/download/';

/**
 * What both transports send back: the channel's result, marked when it changed records (a command that
 * succeeded), so the renderer reloads its lists without loading the contract's schemas to ask which
 * channels are commands (issue 15: the first page carries no zod).
 */
export type WireAnswer<T = unknown> = ({ ok: true; value: T } | { ok: false; error: import('../result').AppError }) & { recordsChanged?: true };

/** What the preload puts on `window.minwon`: the renderer's only door to the main process. */
export interface MinwonBridge {
  call(channel: string, input: unknown): Promise<unknown>;
}
