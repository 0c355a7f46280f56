import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import Store from 'electron-store';
import type { Core } from './core';
import { startBackupSchedule } from './backup/backupSchedule';
import { choosePath, openRecords } from './startup/openRecords';
import { safeStorageBox } from './startup/safeStorageBox';
import { answerDownload } from './export/downloadAnswer';
import { registerIpc } from './ipc/registerIpc';
import { fileLogger } from './log';
import { menuTemplate } from './menu';
import { electronPrintToPdf } from './print/electronPrintToPdf';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './protocol/appProtocol';
import { denyPermissions, isAppFrame, lockDownContents, openAppWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const rendererDir = path.join(here, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
/** The windows this app opened (the main one and hidden print windows): the only trusted IPC senders. */
const appContents = new Set<Electron.WebContents>();
const trackWindow = (win: BrowserWindow) => {
  const contents = win.webContents;
  appContents.add(contents);
  win.on('closed', () => appContents.delete(contents));
};

// Two copies writing one database from one profile would fight over it: the second just focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Electron takes scheme privileges only before it is ready.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  app.whenReady().then(start).catch((error: unknown) => {
    // Whatever stops the start, the person at the PC is told in Korean and the app does not hang on.
    dialog.showErrorBox('민원서비스 실적관리', '프로그램을 시작하지 못했습니다. 오류 기록(logs/app.log)을 관리자에게 보내 주세요.');
    console.error(error);
    app.quit();
  });
}

async function start() {
  const dataDir = app.getPath('userData');
  const log = fileLogger(path.join(dataDir, 'logs', 'app.log'));
  process.on('uncaughtException', (error) => log.error('uncaught', { message: error.message, stack: error.stack }));

  const store = new Store({ name: 'settings' });
  core = await openRecords({ dataDir, store, log, printToPdf: electronPrintToPdf(preloadPath, trackWindow), choosePath, secrets: safeStorageBox });
  if (!core) {
    app.quit();
    return;
  }
  startBackupSchedule(core.backups, log);

  denyPermissions(session.defaultSession);
  const activeCore = core;
  // The screens, and the files streamed to a download (one-time addresses the core issued to this window).
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir, (token) => answerDownload(activeCore.openDownload, token, log)));
  registerIpc(ipcMain, (channel, input) => activeCore.call(channel, input), (event) => isAppFrame(event, appContents), log);

  mainWindow = openAppWindow(preloadPath);
  trackWindow(mainWindow);
  mainWindow.once('ready-to-show', () => {
    mainWindow?.show();
    // Start-up chores wait for the window, so the desk sees the app at once.
    activeCore.afterStart().catch((error: unknown) => log.error('after_start_failed', { error: error instanceof Error ? error.message : String(error) }));
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    // Hidden print windows must not keep the app alive after its window is closed.
    BrowserWindow.getAllWindows().forEach((w) => w.destroy());
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        () => mainWindow,
        () =>
          dialog.showMessageBox({
            title: '프로그램 정보',
            message: `민원서비스 실적관리 ${app.getVersion()}`,
            detail: `데이터 폴더: ${dataDir}`,
          }),
      ),
    ),
  );
  await mainWindow.loadURL(APP_PAGE_URL);
}
