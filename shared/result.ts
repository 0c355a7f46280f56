/** Errors cross the IPC boundary as values, never as thrown exceptions, so the renderer can show them beside the field. */
/**
 * 'offline': the office server does not answer (nothing was saved); 'queued': it does not answer, and
 * the entry was kept on this PC to be sent when it does.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'forbidden' | 'unknown_channel' | 'unexpected' | 'offline' | 'queued';

export interface AppError {
  code: ErrorCode;
  /** Korean, written for the person at the desk. */
  message: string;
  /** The input field the message is about, when there is one (dot path, e.g. "items.0.name"). */
  field?: string;
  /**
   * Every problem with the input, so a form marks every wrong field at once; `message` and `field`
   * repeat the first. `field` is '' for a problem of the input as a whole.
   */
  issues?: FieldIssue[];
}

export interface FieldIssue {
  field: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Thrown inside domain logic for an expected refusal; the dispatcher turns it into an error value. */
export class UserFacingError extends Error {
  constructor(
    public readonly code: Exclude<ErrorCode, 'unexpected' | 'unknown_channel' | 'offline' | 'queued'>,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
