import fc from 'fast-check';
import type { z } from 'zod';
import { calendarFields } from '../../shared/contract/fields';
import { koreanRefusalProblem } from './contractCases';
import type { WorkerAnswer } from './coreWorker';

/**
 * The pieces of the fuzz runs (tests/unit/dateFuzz.test.ts, tests/unit/fuzzChannels.test.ts): where a
 * channel takes a date, what odd values to send, how to change a valid input, and what every answer
 * must look like.
 */

/** The seed of this run: FUZZ_SEED=<n> replays one. Printed by each test so a failure can be replayed. */
export const fuzzSeed = () => {
  const given = Number(process.env.FUZZ_SEED);
  return Number.isInteger(given) && process.env.FUZZ_SEED !== '' ? given : Date.now() % 2 ** 31;
};

export type Path = (string | number | '*')[];
export type CalendarUnit = 'date' | 'month' | 'year';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}

/** Every date, month and year field of a schema, found through the contract's calendarFields registry; '*' = every array element. */
export function calendarPaths(schema: z.ZodType, path: Path = []): { path: Path; unit: CalendarUnit }[] {
  const meta = calendarFields.get(schema);
  if (meta) return [{ path, unit: meta.unit }];
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const inner = (s: z.ZodType | undefined, p: Path = path) => (s ? calendarPaths(s, p) : []);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, s]) => calendarPaths(s, [...path, key]));
    case 'array':
      return inner(def.element, [...path, '*']);
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)];
    case 'union':
      return def.options!.flatMap((s) => calendarPaths(s, path));
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)];
    default:
      return inner(def.innerType);
  }
}

/** A copy of `base` with `value` at `path` (in every element where the path says '*'); missing parents are made. */
export function withValueAt(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (head === '*') {
    const items = Array.isArray(base) && base.length > 0 ? base : [{}];
    return items.map((item) => withValueAt(item, rest, value));
  }
  const copy = (Array.isArray(base) ? [...base] : base && typeof base === 'object' ? { ...base } : {}) as Record<string | number, unknown>;
  if (value === DELETE && rest.length === 0) delete copy[head];
  else copy[head] = withValueAt(copy[head], rest, value);
  return copy;
}

/** Put at a path by withValueAt, it takes the key away instead. */
export const DELETE = Symbol('delete the key');

/** Every path inside a JSON-like value: its keys and array indexes, at every depth. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => [[...path, key], ...pathsOf(v, [...path, key])]);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Four-digit years that sort as text, up to the five-digit and negative ones Date writes past 9999. */
const EDGE_DATES = [
  '1900-01-01', '2100-12-31', '1899-12-31', '2101-01-01', '0000-01-01', '0001-01-01', '9999-12-31',
  '2024-02-29', '2023-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00',
  '+010000-01-01', '-000001-01-01', '-0001-01-01', '10000-01-01', '2024-1-1', '2024/01/01', '20240101',
  '2024-01-01T00:00:00Z', '２０２４-０１-０１', '', ' ',
];
const EDGE_MONTHS = ['1900-01', '2100-12', '1899-12', '2101-01', '0000-01', '9999-12', '2024-00', '2024-13', '+10000-01', '-0001-01', '2024-1', '2024-02-30', '', ' '];
const EDGE_YEARS = [1900, 2100, 1899, 2101, 1999, 2000, 0, -1, 9999, 10000, 1e9, -1e9, 1.5, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, '2024'];

const inRangeDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyFourDigitDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const anyFourDigitMonth = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`);

/** Dates the way a desk, a bad paste or an attacker might send them: fine ones, edge ones and absurd ones. */
export const calendarValue: Record<CalendarUnit, fc.Arbitrary<unknown>> = {
  // In-range values weigh most: a long but valid span is what runs the loops longest.
  date: fc.oneof(
    { arbitrary: inRangeDate, weight: 4 },
    { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 3 },
    { arbitrary: anyFourDigitDate, weight: 2 },
    fc.string({ maxLength: 12 }),
    fc.constantFrom(null, 20240705, true),
  ),
  month: fc.oneof(
    { arbitrary: inRangeDate.map((d) => d.slice(0, 7)), weight: 4 },
    { arbitrary: fc.constantFrom(...EDGE_MONTHS), weight: 3 },
    { arbitrary: anyFourDigitMonth, weight: 2 },
    fc.string({ maxLength: 9 }),
    fc.constantFrom(null, 202407),
  ),
  year: fc.oneof({ arbitrary: fc.integer({ min: 1890, max: 2110 }), weight: 4 }, { arbitrary: fc.constantFrom(...EDGE_YEARS), weight: 3 }, fc.integer({ min: -100_000, max: 100_000 })),
};

/** An input as the failure report shows it: undefined, NaN and Infinity kept visible, a huge string cut. */
export const shown = (input: unknown) =>
  JSON.stringify(input, (_, v) => (v === undefined ? '<undefined>' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v))?.slice(0, 400);

/** What is wrong with a channel's answer to an odd input, or null when it is the answer the desk should get. */
export function answerProblem(answer: WorkerAnswer | { frozen: true }, maxMs = 1000): string | null {
  if ('frozen' in answer) return 'no answer: the core is frozen';
  if (answer.escaped) return `an exception escaped: ${answer.escaped}`;
  const result = answer.result!;
  if (!result.ok) {
    if (result.error.code === 'unexpected') return `'unexpected' error: ${JSON.stringify(answer.cause).slice(0, 300)}`;
    for (const message of [result.error.message, ...(result.error.issues ?? []).map((i) => i.message)]) {
      const problem = koreanRefusalProblem(message);
      if (problem) return `${problem}: ${message}`;
    }
    if (answer.dbChanged) return 'the database changed on a refused input';
    if (answer.settingsChanged) return 'the settings changed on a refused input';
  }
  if (answer.ms > maxMs) return `answered in ${Math.round(answer.ms)} ms`;
  return null;
}
