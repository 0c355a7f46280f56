/** The single Electron IPC channel; which contract channel is meant travels as its first argument. */
export const IPC_CALL = 'minwon:call';
/** The preview's HTTP route prefix: POST /api/<channel> with the input as JSON. */
export const HTTP_PREFIX = '/api/';

/** What the preload puts on `window.minwon`: the renderer's only door to the main process. */
export interface MinwonBridge {
  call(channel: string, input: unknown): Promise<unknown>;
}
