import { spawn } from 'node:child_process';

/**
 * Runs a bench script in a process of its own under tsx (so its memory is its own) and resolves with the
 * JSON of its last line of output; `what` names it in the error when it fails.
 */
export function jsonFromChild<T>(script: string, args: string[], env: NodeJS.ProcessEnv, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T);
      else reject(new Error(`${what} exit ${code}: ${err}`));
    });
  });
}
