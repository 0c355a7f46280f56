import type { Ddl } from './ddl';

/**
 * One step of the schema, for both engines: `up` returns the SQL for the engine whose Ddl it is given
 * (the same text but for the concepts the engines spell differently). Steps are numbered 1, 2, 3…
 * and listed in migrations/index.ts; a released step is never edited, a change is a new step.
 */
export interface Migration {
  version: number;
  name: string;
  up: (d: Ddl) => string;
}
