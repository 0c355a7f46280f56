import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  error(event: string, context: Record<string, unknown>): void;
  info(event: string, context: Record<string, unknown>): void;
}

/** One JSON line per event in the data folder, so an office can send the file when something goes wrong. */
export function fileLogger(file: string): Logger {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const write = (level: string, event: string, context: Record<string, unknown>) => {
    const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...context });
    try {
      fs.appendFileSync(file, line + '\n');
    } catch {
      // Logging must never be the reason a record is lost; the console still has it.
    }
    if (level === 'error') console.error(line);
  };
  return { error: (e, c) => write('error', e, c), info: (e, c) => write('info', e, c) };
}

export const memoryLogger = () => {
  const entries: { level: string; event: string; context: Record<string, unknown> }[] = [];
  const logger: Logger = {
    error: (event, context) => entries.push({ level: 'error', event, context }),
    info: (event, context) => entries.push({ level: 'info', event, context }),
  };
  return { logger, entries };
};
