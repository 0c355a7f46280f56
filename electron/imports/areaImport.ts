import type { ImportArea } from '../../shared/contract/imports';
import type { Author } from '../db/audit';
import type { Db } from '../db/schema';
import type { Settings } from '../../shared/settings';
import type { SheetCell } from '../staff/staffSheet';

/** What every area's import knows of the call: the day at the desk, the card, who imports, the office's settings. */
export interface ImportContext {
  today: string;
  cardId: number | null;
  author: Author;
  /** Read before the import's transaction: the office's settings are read on a connection of their own. */
  settings: Settings;
}

/** One sheet row read by an area: what it will save (`data`), how the preview shows it, or its problem. */
export interface ReadRow<T> {
  row: number;
  /** Display text per field key. */
  values: Record<string, string>;
  problem: string | null;
  notes: string[];
  data: T | null;
  /** The row's content as the area reads it: its fingerprint is made from this (and its place among equal rows). */
  identity: string;
}

/** What an imported row became: a record with an id, or a cell with a key of its own (a budget amount). */
export interface RecordRef {
  recordTable: string;
  recordId: number | null;
  recordKey?: string;
}

/**
 * One area's import, mapped onto the area's own repositories and services: the same checks as a record
 * typed at the desk, the same database rules. `load` reads once per file what the rows are checked against
 * (the wheelchairs, the staff list, the ways of service); `check` looks at the rows together and at the
 * records (a wheelchair out twice, a month already confirmed); `save` writes the ready rows, in the
 * import's one transaction, and says per row what it became.
 */
export interface AreaImport<T, L> {
  area: ImportArea;
  load(db: Db, ctx: ImportContext): Promise<L>;
  read(cells: Record<string, SheetCell>, row: number, loaded: L, ctx: ImportContext): Omit<ReadRow<T>, 'row'>;
  check?(rows: ReadRow<T>[], loaded: L, db: Db, ctx: ImportContext): Promise<void>;
  save(db: Db, rows: ReadRow<T>[], loaded: L, ctx: ImportContext, notes: string[]): Promise<RecordRef[]>;
}

/** A row read without problem so far. */
export const readOk = <T>(data: T, values: Record<string, string>, identity: string, notes: string[] = []): Omit<ReadRow<T>, 'row'> => ({
  values,
  problem: null,
  notes,
  data,
  identity,
});

/** A row that will not be saved, and why (in Korean); `values` shows what was read. */
export const readProblem = <T>(problem: string, values: Record<string, string>): Omit<ReadRow<T>, 'row'> => ({
  values,
  problem,
  notes: [],
  data: null,
  identity: '',
});

/** Sets a row's problem once (the first found stands). */
export const refuse = (row: ReadRow<unknown>, problem: string) => {
  if (row.problem === null) row.problem = problem;
};

/** Collects the first problem of several reads of a row, and their values. */
export class RowProblems {
  first: string | null = null;
  note(problem: string | null | undefined) {
    if (problem && this.first === null) this.first = problem;
  }
  /** The read value, or undefined after noting its problem; null for a blank cell. */
  take<V>(read: { value: V } | { problem: string } | null): V | null | undefined {
    if (read === null) return null;
    if ('problem' in read) {
      this.note(read.problem);
      return undefined;
    }
    return read.value;
  }
}
