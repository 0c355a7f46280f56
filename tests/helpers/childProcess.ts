import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What tests/helpers/deskWriter.ts reports, one JSON line per write. */
export type DeskWrite =
  | { kind: 'department' | 'interpretation' | 'lend' | 'return'; id: number }
  | { error: { code: string; message: string; cause?: unknown } };

/** The wheelchair each desk writer lends: the test creates one per tag before starting the writers. */
export const writerWheelchair = (tag: string) => `W-${tag}`;

/** The project's own Node with tsx, so a child runs the TypeScript sources the way the tests import them. */
export function spawnTs(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A desk writer (tests/helpers/deskWriter.ts) in its own process, with every line it has reported so far. */
export function startDeskWriter(dataDir: string, tag: string, writes: number | 'forever') {
  const child = spawnTs('tests/helpers/deskWriter.ts', [dataDir, tag, String(writes)]);
  const reported: DeskWrite[] = [];
  let pending = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line) reported.push(JSON.parse(line) as DeskWrite);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, reported, exited, stderr: () => stderr };
}
