import { BrowserWindow, dialog } from 'electron';
import { backupCopyFolder } from '../backup/backupService';
import { createCore, DatabaseStartError, type Core, type CoreOptions } from '../core';
import { applyRecovery, recoveryOffer } from '../db/startupRecovery';

/**
 * Opens the records, and when the file will not open, asks the person at the PC what to do (the
 * newest good backup, an empty start, or quitting) instead of failing with no window. Whatever they
 * pick, the failed file is kept. Returns null when they chose to quit.
 */
export async function openRecords(options: CoreOptions): Promise<Core | null> {
  try {
    return await createCore(options);
  } catch (error) {
    if (!(error instanceof DatabaseStartError)) throw error;
    options.log.error('database_start_refused', { problem: error.problem.kind });
    const offer = recoveryOffer(error, options.dataDir, backupCopyFolder(options.store));
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: '민원서비스 실적관리 — 기록 파일을 열 수 없습니다',
      message: offer.message,
      detail: offer.detail,
      buttons: offer.choices.map((c) => c.label),
      defaultId: 0,
      cancelId: offer.choices.findIndex((c) => c.choice === 'quit'),
      noLink: true,
    });
    const choice = offer.choices[response]?.choice ?? 'quit';
    if (choice === 'quit') return null;
    const { setAsidePath } = applyRecovery(choice, options.dataDir, offer.backup);
    options.log.info('database_recovered', { choice, setAside: setAsidePath !== null, fromBackup: offer.backup?.id ?? null });
    return await createCore(options);
  }
}

/** The PC's own picker for the backup folder and the file moved from another PC. */
export async function choosePath(kind: 'folder' | 'file'): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions =
    kind === 'folder'
      ? { title: '폴더 고르기', properties: ['openDirectory', 'createDirectory'] }
      : { title: '옮겨 온 파일 고르기', properties: ['openFile'], filters: [{ name: '민원서비스 기록', extensions: ['sqlite'] }] };
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
