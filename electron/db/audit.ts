/** created_at/updated_at in UTC ISO form; the UI shows them in local time. */
export const nowIso = () => new Date().toISOString();

/** SQLite's constraint errors, recognised so a handler can answer in Korean instead of failing. */
export const isUniqueViolation = (error: unknown) =>
  error instanceof Error && 'code' in error && (error as { code: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
