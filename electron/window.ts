import { BrowserWindow, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { APP_PAGE_URL } from './protocol/appProtocol';

const MAIN_WINDOW_FRAME = {
  width: 1400,
  height: 900,
  minWidth: 1024,
  minHeight: 700,
  title: '민원서비스 실적관리',
  backgroundColor: '#ffffff',
};

/**
 * Every window of the app, the main one and the hidden print ones, is made here and nowhere else, with
 * the preferences written out in the constructor call so electronegativity sees them as they are.
 * Hidden at first: the main window shows itself when ready, a print window never does.
 */
export function openAppWindow(preloadPath: string) {
  return new BrowserWindow({
    ...MAIN_WINDOW_FRAME,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
}

/**
 * True only for a window the app opened itself, showing the app's own page on app://minwon/.
 * A file:// page is never trusted: anything saved to disk (a downloaded .html) would be one.
 */
export function isAppFrame(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, appContents: ReadonlySet<WebContents>) {
  if (!appContents.has(event.sender)) return false;
  const url = event.senderFrame?.url ?? '';
  // The hash is the renderer's own routing; anything else must match the app's page exactly.
  return url.split('#')[0] === APP_PAGE_URL;
}

/** Electron's checklist: no navigation away, no new windows, no webviews. */
export function lockDownContents(contents: WebContents) {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app needs no camera, microphone, notifications or location: every request is refused. */
export function denyPermissions(session: Session) {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
