import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, databaseFileOf } from '../../electron/core';
import { memoryLogger } from '../../electron/log';
import { openRecords } from '../../electron/startup/openRecords';
import { memoryStore, signInAdminOn, tempDir } from '../helpers/tempCore';

/** Electron's message box, answering with the button the test picks. */
const asked = vi.hoisted(() => ({ boxes: [] as { message: string; detail: string; buttons: string[]; cancelId: number }[], answer: 0 }));
vi.mock('electron', () => ({
  BrowserWindow: { getFocusedWindow: () => null },
  dialog: {
    showMessageBox: async (box: { message: string; detail: string; buttons: string[]; cancelId: number }) => {
      asked.boxes.push(box);
      return { response: asked.answer };
    },
  },
}));

const made: string[] = [];
afterEach(() => {
  asked.boxes.length = 0;
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function damagedOfficeWithBackup() {
  const dataDir = tempDir('minwon-dialog-');
  made.push(dataDir);
  const options = { dataDir, store: memoryStore(), log: memoryLogger().logger };
  const core = await createCore(options);
  await signInAdminOn(core.call);
  await core.call('departments.save', { name: '민원회계과' });
  await core.backups.runDue('2026-12-01');
  await core.close();
  fs.writeFileSync(databaseFileOf(dataDir), 'scribbled over');
  return options;
}

describe('starting the app on a damaged records file', () => {
  it('asks in Korean, offering the latest backup, an empty start or quitting, and opens the backup when chosen', async () => {
    const options = await damagedOfficeWithBackup();
    asked.answer = 0;
    const core = await openRecords(options);
    expect(asked.boxes).toHaveLength(1);
    const box = asked.boxes[0];
    expect(box.message).toContain('데이터베이스 형식이 아닙니다');
    expect(box.buttons).toEqual([expect.stringMatching(/^최근 백업으로 되살리기/), '빈 데이터로 시작', '끝내기']);
    expect(box.buttons[box.cancelId]).toBe('끝내기');
    // The backup's own people sign in again: its 관리자 was made before the damage.
    await signInAdminOn(core!.call);
    expect(await core!.call('departments.list', {})).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ name: '민원회계과' })]) });
    core!.close();
    expect(fs.readdirSync(options.dataDir).filter((f) => f.includes('set-aside'))).toHaveLength(1);
  });

  it('changes nothing and opens nothing when the person quits', async () => {
    const options = await damagedOfficeWithBackup();
    asked.answer = 2;
    expect(await openRecords(options)).toBeNull();
    expect(fs.readFileSync(databaseFileOf(options.dataDir), 'utf8')).toBe('scribbled over');
  });
});
