import type Database from 'better-sqlite3';

/** TRANSITIONAL (issue 10): the SQLite handle the areas not yet on the two-engine layer (schema.ts `Db`) still take. */
export type Db = Database.Database;
