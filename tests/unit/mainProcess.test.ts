import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
    /** What main.ts asked of Electron, in order, so "before ready" can be checked. */
    steps: [] as string[],
    privilegedSchemes: [] as any[],
    protocolHandlers: {} as Record<string, (request: Request) => Promise<Response>>,
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
      executeJavaScript: vi.fn(async () => true),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
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
    destroy() {}
    async loadURL(url: string) {
      fake.state.steps.push(`loadURL ${url}`);
      this.loadedUrl = url;
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => fake.state.lock,
      on: (name: string, fn: (...args: any[]) => void) => (fake.state.appEvents[name] = fn),
      whenReady: () => Promise.resolve().then(() => fake.state.steps.push('ready')),
      getPath: () => fake.state.userData,
      getVersion: () => '0.0.0-test',
      quit: () => fake.state.quit++,
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        fake.state.steps.push('registerSchemesAsPrivileged');
        fake.state.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.state.steps.push(`handle ${scheme}`);
        fake.state.protocolHandlers[scheme] = handler;
      },
    },
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
  Object.assign(fake.state, {
    windows: [],
    handlers: {},
    appEvents: {},
    quit: 0,
    menu: null,
    userData: tempDir(),
    steps: [],
    privilegedSchemes: [],
    protocolHandlers: {},
  });
  await import('../../electron/main');
  if (fake.state.lock) await vi.waitFor(() => expect(fake.state.windows[0]?.loadedUrl).toBeTruthy());
  return fake.state.windows[0];
}

describe('the main process', () => {
  beforeEach(() => {
    fake.state.lock = true;
  });
  afterEach(() => {
    fake.state.appEvents['will-quit']?.();
    fs.rmSync(fake.state.userData, { recursive: true, force: true });
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
  });

  it('registers app:// as a standard, secure scheme before Electron is ready, as Electron requires', async () => {
    await startMain();
    expect(fake.state.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.state.steps.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.state.steps.indexOf('ready'));
  });

  it('loads the screens from app://minwon/, not from a file, once the protocol answers', async () => {
    const win = await startMain();
    expect(win.loadedUrl).toBe('app://minwon/index.html');
    expect(fake.state.steps.indexOf('handle app')).toBeLessThan(fake.state.steps.indexOf('loadURL app://minwon/index.html'));
  });

  it("serves the renderer folder on app:// with the page's CSP, and nothing outside it", async () => {
    await startMain();
    const serve = fake.state.protocolHandlers.app;
    const page = await serve(new Request('app://minwon/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root"></div>');
    expect((await serve(new Request('app://minwon/..%2f..%2fpackage.json'))).status).toBe(403);
  });

  it('streams a file the window asked for on app://minwon/download/, to that window’s download, once', async () => {
    const win = await startMain();
    const handle = fake.state.handlers[IPC_CALL];
    const fromApp = { sender: win.webContents, senderFrame: { url: win.loadedUrl } };
    expect(await handle(fromApp, 'session.firstRun', { departmentName: '정보화팀', name: '관리자', pin: '2580', pinAgain: '2580' })).toMatchObject({ ok: true });
    const issued = (await handle(fromApp, 'interpretation.requests.export', { from: '2024-01-01', to: '2024-12-31' })) as { ok: true; value: { url: string } };
    // The address is relative: the page resolves it on its own origin, app://minwon.
    const address = new URL(issued.value.url, win.loadedUrl).toString();
    const serve = fake.state.protocolHandlers.app;
    const file = await serve(new Request(address));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await serve(new Request(address))).status).toBe(410);
  });

  it('answers the app page over IPC, and refuses other senders and undeclared channels', async () => {
    const win = await startMain();
    const handle = fake.state.handlers[IPC_CALL];
    const fromApp = { sender: win.webContents, senderFrame: { url: `${win.loadedUrl}#/settings` } };
    expect(await handle(fromApp, 'settings.get', {})).toMatchObject({ ok: true, value: { defaultLoanDays: 7 } });
    // A public channel (nobody is signed in here) checks its input; the others first ask for a person.
    expect(await handle(fromApp, 'session.signIn', { staffId: 'one' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handle(fromApp, 'staff.save', { name: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handle(fromApp, 'db.exec', 'DROP TABLE staff')).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });

    const otherContents = { sender: fake.contents(), senderFrame: { url: win.loadedUrl } };
    expect(await handle(otherContents, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const navigatedAway = { sender: win.webContents, senderFrame: { url: 'https://example.com/' } };
    expect(await handle(navigatedAway, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('no longer trusts a file:// page, another app:// host or anything but the exact app page', async () => {
    const win = await startMain();
    const handle = fake.state.handlers[IPC_CALL];
    const renderedFile = pathToFileURL(path.resolve('renderer', 'index.html')).toString();
    for (const url of [
      renderedFile,
      `${renderedFile}#/settings`,
      'file:///C:/Users/clerk/Downloads/index.html',
      'app://evil/index.html',
      'app://minwon.evil/index.html',
      'app://minwon/other.html',
      'app://minwon/index.html?next=/settings',
      'http://minwon/index.html',
      'null',
      '',
    ]) {
      const event = { sender: win.webContents, senderFrame: { url } };
      expect(await handle(event, 'settings.get', {}), url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const noFrame = { sender: win.webContents, senderFrame: null };
    expect(await handle(noFrame, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
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

  it('prints a PDF in a hidden window as locked down as the main one, showing the app page from app://', async () => {
    const main = await startMain();
    const { electronPrintToPdf } = await import('../../electron/print/electronPrintToPdf');
    const tracked: unknown[] = [];
    const pdf = await electronPrintToPdf('/tmp/preload.cjs', (w) => tracked.push(w))('/pledge?print=1&card=3');
    const printer = fake.state.windows.at(-1);
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(tracked).toEqual([printer]);
    expect(printer.options.show).toBe(false);
    expect(printer.options.webPreferences).toEqual({ ...main.options.webPreferences, preload: '/tmp/preload.cjs' });
    expect(printer.loadedUrl).toBe('app://minwon/index.html#/pledge?print=1&card=3');
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
