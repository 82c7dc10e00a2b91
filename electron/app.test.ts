// The wiring, with Electron replaced by a recording fake: proves the window is created with
// the locked-down preferences, the CSP and permission handlers are installed, every webContents
// is hardened and every IPC channel refuses a page that is not the app.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../shared/ipc';

const fake = vi.hoisted(() => {
  const appEvents = new Map<string, (...a: unknown[]) => void>();
  const windows: { options: Record<string, unknown>; loaded: string[]; focus: () => void }[] = [];
  const handles = new Map<string, (e: unknown, ...a: unknown[]) => Promise<unknown>>();
  const session = {
    headersListener: undefined as undefined | ((d: unknown, cb: (r: unknown) => void) => void),
    requestHandler: undefined as
      undefined | ((w: unknown, p: string, cb: (g: boolean) => void) => void),
  };
  return {
    appEvents,
    windows,
    handles,
    session,
    userData: '',
    locked: true,
    menu: [] as unknown[],
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    options: Record<string, unknown>;
    loaded: string[] = [];
    focus = vi.fn();
    webContents = { send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      fake.windows.push(this);
    }
    once() {}
    on() {}
    loadFile(p: string) {
      this.loaded.push(p);
      return Promise.resolve();
    }
    loadURL(u: string) {
      this.loaded.push(u);
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    static getAllWindows = () => fake.windows;
    static getFocusedWindow = () => null;
    static fromWebContents = () => null;
  }
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
  return {
    BrowserWindow,
    app: {
      on: (name: string, l: (...a: unknown[]) => void) => fake.appEvents.set(name, l),
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => fake.locked,
      enableSandbox: vi.fn(),
      quit: vi.fn(),
      isPackaged: false,
      getPath: () => fake.userData,
      getLocale: () => 'fa-IR',
      getName: () => 'Mazmun',
      getVersion: () => '0.1.0',
    },
    Menu: {
      buildFromTemplate: (t: unknown[]) => t,
      setApplicationMenu: (m: unknown[]) => (fake.menu = m),
    },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: {
      handle: (c: string, l: (e: unknown, ...a: unknown[]) => Promise<unknown>) =>
        fake.handles.set(c, l),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (l: typeof fake.session.headersListener) =>
            (fake.session.headersListener = l),
        },
        setPermissionRequestHandler: (h: typeof fake.session.requestHandler) =>
          (fake.session.requestHandler = h),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
});

const { startApp } = await import('./app');
const electron = await import('electron');
let root = '';
let index = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mazmun-app-'));
  fake.userData = join(root, 'userData');
  index = join(root, 'dist', 'renderer', 'index.html');
  mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
  writeFileSync(index, '<!doctype html>');
  delete process.env.VITE_DEV_SERVER_URL;
  startApp(join(root, 'dist-electron'));
  await new Promise((r) => setTimeout(r, 0)); // let whenReady's .then run
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('startApp', () => {
  it('creates one window with the locked-down preferences, loading the built index', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0];
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(root, 'dist-electron', 'preload.cjs'),
    });
    expect(win?.loaded).toEqual([index]);
    expect(win?.options).toMatchObject({ width: 1280, height: 820, show: false });
  });
  it('installs the CSP header and denies permission requests', () => {
    const cb = vi.fn();
    fake.session.headersListener?.({ responseHeaders: {} }, cb);
    const csp = (cb.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> })
      .responseHeaders['Content-Security-Policy']?.[0];
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    const grant = vi.fn();
    fake.session.requestHandler?.({}, 'media', grant);
    expect(grant).toHaveBeenCalledWith(false);
  });
  it('hardens every webContents created', () => {
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    fake.appEvents.get('web-contents-created')?.({}, contents);
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: {
      url: string;
    }) => unknown;
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(contents.on.mock.calls.map((c) => c[0]).sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
  });
  it('registers every channel, trusting only the app page', async () => {
    expect([...fake.handles.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const getInfo = fake.handles.get('app:getInfo');
    const fromApp = { senderFrame: { url: pathToFileURL(index).href, parent: null }, sender: {} };
    const fromWeb = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    const fromFrame = { senderFrame: { url: pathToFileURL(index).href, parent: {} }, sender: {} };
    expect(await getInfo?.(fromApp)).toMatchObject({
      ok: true,
      data: { name: 'Mazmun', locale: 'fa-IR' },
    });
    expect(await getInfo?.(fromWeb)).toMatchObject({ ok: false });
    expect(await getInfo?.(fromFrame)).toMatchObject({ ok: false });
    expect(await fake.handles.get('window:setTitle')?.(fromApp, { title: 42 })).toEqual({
      ok: false,
      reason: 'window:setTitle: title must be text',
      // A plain object, so it survives IPC's structured clone; the inner error stays coded.
      error: {
        code: 'electron.badRequest',
        params: {
          channel: 'window:setTitle',
          error: { code: 'ipc.notText', params: { field: 'title' } },
        },
      },
    });
  });
  it('installs a Persian menu for a Persian system', () => {
    expect((fake.menu as { label?: string }[]).map((m) => m.label)).toContain('پرونده');
  });
  it('focuses the first window when a second instance starts', () => {
    fake.appEvents.get('second-instance')?.();
    expect(fake.windows[0]?.focus).toHaveBeenCalledOnce();
  });
  it('quits at once when another instance holds the lock', () => {
    fake.locked = false;
    const before = {
      windows: fake.windows.length,
      quits: vi.mocked(electron.app.quit).mock.calls.length,
    };
    startApp(join(root, 'dist-electron'));
    expect(vi.mocked(electron.app.quit).mock.calls.length).toBe(before.quits + 1);
    expect(fake.windows).toHaveLength(before.windows);
    fake.locked = true;
  });
});
