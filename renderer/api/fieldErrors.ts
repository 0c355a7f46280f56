import type { AppError } from '../../shared/result';

/** Puts a handler's error next to its field; an error about no field goes to the form as a whole. */
export function errorFor(error: AppError | null, field: string): string | undefined {
  return error && error.field === field ? error.message : undefined;
}

export function formError(error: AppError | null, fields: string[]): string | null {
  return error && (!error.field || !fields.includes(error.field)) ? error.message : null;
}
