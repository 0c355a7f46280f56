import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL } from '../../shared/contract/transport';
import { tempDir } from '../helpers/tempCore';

/** A stand-in for the parts of Electron that main.ts touches, recording what it was asked to do. */
const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    userData: '',
    quit: 0,
    appEvents: {} as Record<string, (...args: any[]) => void>,
    windows: [] as any[],
    handlers: {} as Record<string, (...args: any[]) => unknown>,
    permissionRequest: null as null | ((...args: any[]) => void),
    permissionCheck: null as null | ((...args: any[]) => boolean),
    menu: null as any,
  };
  const contents = () => {
    const events: Record<string, (...args: any[]) => void> = {};
    return {
      events,
      windowOpen: null as null | (() => unknown),
      on(name: string, fn: (...args: any[]) => void) {
        events[name] = fn;
      },
      setWindowOpenHandler(fn: () => unknown) {
        this.windowOpen = fn;
      },
      print: vi.fn(),
    };
  };
  return { state, contents };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = fake.contents();
    loadedUrl = '';
    constructor(public options: any) {
      fake.state.windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => fake.state.lock,
      on: (name: string, fn: (...args: any[]) => void) => (fake.state.appEvents[name] = fn),
      whenReady: () => Promise.resolve(),
      getPath: () => fake.state.userData,
      getVersion: () => '0.0.0-test',
      quit: () => fake.state.quit++,
    },
    BrowserWindow,
    ipcMain: { handle: (name: string, fn: (...args: any[]) => unknown) => (fake.state.handlers[name] = fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.state.menu = m) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: any) => (fake.state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: any) => (fake.state.permissionCheck = fn),
      },
    },
    dialog: { showMessageBox: vi.fn() },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    data = new Map<string, unknown>();
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
  },
}));

async function startMain() {
  vi.resetModules();
  Object.assign(fake.state, { windows: [], handlers: {}, appEvents: {}, quit: 0, menu: null, userData: tempDir() });
  await import('../../electron/main');
  if (fake.state.lock) await vi.waitFor(() => expect(fake.state.windows[0]?.loadedUrl).toBeTruthy());
  return fake.state.windows[0];
}

describe('the main process', () => {
  beforeEach(() => {
    fake.state.lock = true;
  });

  it('opens one window with context isolation, sandbox, no Node, and the preload bridge', async () => {
    const win = await startMain();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
    expect(win.options.webPreferences.preload).toMatch(/preload[\\/]preload\.cjs$/);
    expect(win.loadedUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
  });

  it('answers the app page over IPC, and refuses other senders and undeclared channels', async () => {
    const win = await startMain();
    const handle = fake.state.handlers[IPC_CALL];
    const fromApp = { sender: win.webContents, senderFrame: { url: `${win.loadedUrl}#/settings` } };
    expect(await handle(fromApp, 'settings.get', {})).toMatchObject({ ok: true, value: { defaultLoanDays: 7 } });
    expect(await handle(fromApp, 'staff.save', { name: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handle(fromApp, 'db.exec', 'DROP TABLE staff')).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });

    const otherContents = { sender: fake.contents(), senderFrame: { url: win.loadedUrl } };
    expect(await handle(otherContents, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const navigatedAway = { sender: win.webContents, senderFrame: { url: 'https://example.com/' } };
    expect(await handle(navigatedAway, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('blocks navigation, new windows and webviews in every web contents, and denies permissions', async () => {
    await startMain();
    const contents = fake.contents();
    fake.state.appEvents['web-contents-created']({}, contents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.events[name](event, 'https://example.com/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpen!()).toEqual({ action: 'deny' });
    const callback = vi.fn();
    fake.state.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.state.permissionCheck!()).toBe(false);
  });

  it('has a Korean application menu', async () => {
    await startMain();
    expect(fake.state.menu.map((m: { label: string }) => m.label)).toEqual(['파일', '편집', '보기', '도움말']);
  });

  it('quits at once when another copy already runs, opening no window', async () => {
    fake.state.lock = false;
    await startMain();
    expect(fake.state.quit).toBe(1);
    expect(fake.state.windows).toHaveLength(0);
  });
});
