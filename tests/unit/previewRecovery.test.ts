import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseStartError, databaseFileOf } from '../../electron/core';
import { startPreviewServer } from '../../electron/preview/previewServer';
import { tempDir } from '../helpers/tempCore';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function damagedDataFolder() {
  const dataDir = tempDir('minwon-preview-recover-');
  const rendererDir = tempDir('minwon-preview-renderer-');
  made.push(dataDir, rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(databaseFileOf(dataDir), Buffer.alloc(0));
  return { dataDir, rendererDir };
}

describe('the preview on a records file it cannot open', () => {
  it('stops with the Korean reason and leaves the file alone when no choice was given', async () => {
    const { dataDir, rendererDir } = damagedDataFolder();
    await expect(startPreviewServer({ port: 0, dataDir, rendererDir })).rejects.toBeInstanceOf(DatabaseStartError);
    expect(fs.statSync(databaseFileOf(dataDir)).size).toBe(0);
  });

  it('starts empty when asked, keeping the file it could not open under a dated name', async () => {
    const { dataDir, rendererDir } = damagedDataFolder();
    const preview = await startPreviewServer({ port: 0, dataDir, rendererDir, recover: 'start_empty' });
    expect(fs.readdirSync(dataDir).filter((f) => /^minwon\.set-aside-.*\.sqlite$/.test(f))).toHaveLength(1);
    // Empty records: nobody is listed, so the first run (the first person becomes the 관리자) starts again.
    const answer = await fetch(`${preview.url}api/session.current`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await answer.json()).toMatchObject({ ok: true, value: { staffId: null, firstRun: { upgraded: false } } });
    await preview.close();
  });
});
