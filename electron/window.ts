import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { pathToFileURL } from 'node:url';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: '민원서비스 실적관리',
    show: false,
    backgroundColor: '#ffffff',
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
  };
}

/** The renderer is a file on disk; this is the only URL the window may show. */
export const rendererUrl = (indexHtmlPath: string) => pathToFileURL(indexHtmlPath).toString();

/** True only for a window the app opened itself, showing the app's own page. */
export function isAppFrame(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, appContents: ReadonlySet<WebContents>, appUrl: string) {
  if (!appContents.has(event.sender)) return false;
  const url = event.senderFrame?.url ?? '';
  // The hash is the renderer's own routing; anything else must match the app's page exactly.
  return url.split('#')[0] === appUrl;
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
