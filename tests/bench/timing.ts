import { testEngine } from '../helpers/testDatabase';

/**
 * One figure of this run: a median time (ms), or a measured amount (CPU seconds, kB, MB) with its unit.
 * `plain` is the median of the plain SQL (or plain library call) that gives the same answer, timed in
 * the same run, so the app's own cost reads as a ratio that does not depend on how loaded the machine is.
 */
export interface Figure {
  engine: string;
  label: string;
  median: number;
  unit: string;
  plain?: number;
  plainLabel?: string;
}

/** Every figure of this run, for the tables run.ts prints at the end (per engine, and the targets). */
export const figures: Figure[] = [];

interface TimedOptions<P> {
  repeats?: number;
  /** The same answer the plainest way (bare SQL, plain exceljs), timed alternately with the app's path. */
  plain?: () => P | Promise<P>;
  plainLabel?: string;
}

export const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** Untimed turns before the timed ones, of the app's path and the plain one alike. */
const WARM_UP = 10;

/**
 * Runs `fn` a few times and reports the median, so one cold cache does not decide the figure. With
 * `plain`, the plain version runs in turn with it (app, plain, app, plain…) and the ratio is printed.
 * Ten turns of each go first, untimed: a desk's app runs all day, its code compiled by then, and the
 * app's path has far more code than a bare query to compile on its first turns. The ten-year card was
 * 1.4× its plain queries over 15 turns from cold, 0.97× after ten untimed turns, 0.93× after a hundred.
 */
export async function timed<T, P = unknown>(label: string, fn: () => T | Promise<T>, options: number | TimedOptions<P> = 5): Promise<T> {
  const { repeats = 5, plain, plainLabel } = typeof options === 'number' ? { repeats: options } : options;
  const times: number[] = [];
  const plainTimes: number[] = [];
  let result!: T;
  for (let i = 0; i < WARM_UP; i++) {
    await fn();
    await plain?.();
  }
  for (let i = 0; i < repeats; i++) {
    let start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
    if (plain) {
      start = performance.now();
      await plain();
      plainTimes.push(performance.now() - start);
    }
  }
  const figure: Figure = { engine: testEngine(), label, median: median(times), unit: 'ms' };
  if (plain) Object.assign(figure, { plain: median(plainTimes), plainLabel: plainLabel ?? 'plain SQL' });
  figures.push(figure);
  const sorted = [...times].sort((a, b) => a - b);
  const ratio = figure.plain === undefined ? '' : `  | ${figure.plainLabel} ${figure.plain.toFixed(1)} ms → ${(figure.median / figure.plain).toFixed(2)}×`;
  console.log(`${label.padEnd(50)} median ${figure.median.toFixed(1)} ms  (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})${ratio}`);
  return result;
}

/** A figure measured some other way (CPU seconds of a child process, kB of a bundle, MB of memory). */
export function recorded(label: string, value: number, unit: string, plain?: { value: number; label: string }) {
  const figure: Figure = { engine: testEngine(), label, median: value, unit };
  if (plain) Object.assign(figure, { plain: plain.value, plainLabel: plain.label });
  figures.push(figure);
  const ratio = plain ? `  | ${plain.label} ${plain.value.toFixed(2)} ${unit} → ${(value / plain.value).toFixed(2)}×` : '';
  console.log(`${label.padEnd(50)} ${value.toFixed(2)} ${unit}${ratio}`);
}

/** Medians of several runs of something measured in a child process or a browser, in turn with its plain twin. */
export async function measuredInTurn(
  label: string,
  unit: string,
  runs: number,
  measure: () => Promise<number>,
  plain?: { label: string; measure: () => Promise<number> },
) {
  const values: number[] = [];
  const plainValues: number[] = [];
  for (let i = 0; i < runs; i++) {
    values.push(await measure());
    if (plain) plainValues.push(await plain.measure());
  }
  recorded(label, median(values), unit, plain ? { value: median(plainValues), label: plain.label } : undefined);
}
