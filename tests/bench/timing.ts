import { testEngine } from '../helpers/testDatabase';

/** Every figure of this run, by engine and label, for the side-by-side table run.ts prints at the end. */
export const figures: { engine: string; label: string; median: number }[] = [];

/** Runs `fn` a few times and reports the median, so one cold cache does not decide the figure. */
export async function timed<T>(label: string, fn: () => T | Promise<T>, repeats = 5): Promise<T> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  figures.push({ engine: testEngine(), label, median });
  console.log(`${label.padEnd(50)} median ${median.toFixed(1)} ms  (min ${times[0].toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`);
  return result;
}
