/**
 * The database's refusals, recognised the same way on both engines so the code can answer in Korean
 * (a unique key, a named CHECK, a rule trigger) instead of failing with the generic error.
 */
export type ConstraintKind = 'unique' | 'check' | 'foreign_key' | 'not_null' | 'rule';

const code = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : '';

const SQLITE: Record<string, ConstraintKind> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
  SQLITE_CONSTRAINT_TRIGGER: 'rule',
};
const POSTGRES: Record<string, ConstraintKind> = {
  '23505': 'unique',
  '23514': 'check',
  '23503': 'foreign_key',
  '23502': 'not_null',
  // RAISE EXCEPTION in a rule trigger (ddl.ts refuseWhen).
  P0001: 'rule',
};

export function constraintKind(error: unknown): ConstraintKind | null {
  const c = code(error);
  return SQLITE[c] ?? POSTGRES[c] ?? null;
}

/**
 * The constraint's name (CHECK, unique index) or the rule's message: SQLite puts it in the message
 * ("CHECK constraint failed: loan_return_after_start", "UNIQUE constraint failed: loan.wheelchair_id"),
 * PostgreSQL in the error's `constraint` field, and a rule trigger's message is the message on both.
 */
export function constraintDetail(error: unknown): string {
  if (!(error instanceof Error)) return '';
  const named = (error as { constraint?: string }).constraint;
  if (named) return named;
  return error.message.replace(/^(CHECK|UNIQUE|NOT NULL|FOREIGN KEY) constraint failed: /, '');
}

/** True when the database refused for `kind` and, if given, for the constraint or rule `detail` names. */
export const isConstraint = (error: unknown, kind: ConstraintKind, detail?: string | RegExp) =>
  constraintKind(error) === kind && (detail === undefined || (typeof detail === 'string' ? constraintDetail(error) === detail : detail.test(constraintDetail(error))));

/** PostgreSQL: this transaction lost a race with another (serialization failure, deadlock): run it again. */
export const isSerializationFailure = (error: unknown) => ['40001', '40P01'].includes(code(error));

/** PostgreSQL could not be reached or the connection dropped: the desk is offline, not the input wrong. */
export function isConnectionLost(error: unknown): boolean {
  const c = code(error);
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004'].includes(c)) return true;
  return error instanceof Error && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED/i.test(error.message);
}
