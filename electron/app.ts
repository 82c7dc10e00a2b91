// Wires the small modules to Electron: one locked-down window, its menu, its IPC handlers.
// `main.ts` only calls `startApp`, so tests can import this file with `electron` mocked.
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc';
import { balancedBidi } from '../shared/text/bidi';
import { createHandlers, registerIpcHandlers, type HandlerDeps } from './ipc-handlers';
import { credentialStore } from './credentials';
import { printHtmlToPdf } from './print-pdf';
import { buildMenuTemplate, labelsForLocale } from './menu';
import {
  contentSecurityPolicy,
  hardenWebContents,
  installSessionSecurity,
  secureWebPreferences,
} from './security';
import {
  appOriginFor,
  isTrustedSender,
  parseDevServerUrl,
  type AppOrigin,
  type SenderEvent,
} from './trusted-sender';
import { MIN_SIZE, clampWindowState, loadWindowState, saveWindowState } from './window-state';

export interface AppPaths {
  /** dist-electron/preload.cjs */
  readonly preload: string;
  /** dist/renderer/index.html */
  readonly index: string;
}

/** Paths relative to the bundled main.cjs in dist-electron/ (also inside app.asar). */
export function appPaths(bundleDir: string): AppPaths {
  return {
    preload: join(bundleDir, 'preload.cjs'),
    index: join(bundleDir, '..', 'dist', 'renderer', 'index.html'),
  };
}

// Raw; every caller goes through openExternalSafely (external-links.ts), which checks http(s).
const openExternal = (url: string): Promise<void> => shell.openExternal(url);

function windowFor(sender: unknown): BrowserWindow | null {
  return sender ? BrowserWindow.fromWebContents(sender as WebContents) : null;
}

function electronDeps(): HandlerDeps {
  return {
    showOpenDialog: (sender, o) => {
      const options: Electron.OpenDialogOptions = {
        filters: o.filters,
        properties: o.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const win = windowFor(sender);
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (sender, o) => {
      const win = windowFor(sender);
      return win ? dialog.showSaveDialog(win, o) : dialog.showSaveDialog(o);
    },
    fileSize: async (path) => (await stat(path)).size,
    // A plain Uint8Array view: what crosses IPC is then exactly the file's bytes.
    readFile: async (path) => {
      const b = await readFile(path);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
    writeFile: (path, data) => writeFile(path, data),
    openExternal,
    // The renderer isolates the project name; whatever it sends, no override or unclosed
    // isolate reaches the title bar (shared/text/bidi.ts).
    setTitle: (sender, title) => windowFor(sender)?.setTitle(balancedBidi(title)),
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      arch: process.arch,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      locale: app.getLocale(),
      isPackaged: app.isPackaged,
    }),
    printToPdf: printHtmlToPdf,
    documentsDir: () => app.getPath('documents'),
    backupsDir: () => join(app.getPath('userData'), 'backups'),
    now: () => new Date(),
    credentials: credentialStore(join(app.getPath('userData'), 'sync', 'credentials.json')),
  };
}

function sendMenuCommand(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

export function createMainWindow(paths: AppPaths, devServerUrl: string | null): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  const state = clampWindowState(
    loadWindowState(stateFile),
    [primary, ...others].map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Mazmun',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(paths.preload),
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    if (state.fullScreen) win.setFullScreen(true);
    win.show();
  });
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(stateFile, {
      ...b,
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen(),
    });
  });
  void (devServerUrl ? win.loadURL(devServerUrl) : win.loadFile(paths.index));
  return win;
}

export function startApp(bundleDir: string = __dirname): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  const paths = appPaths(bundleDir);
  const devServerUrl = app.isPackaged ? null : parseDevServerUrl(process.env.VITE_DEV_SERVER_URL);
  const origin: AppOrigin = appOriginFor(devServerUrl, paths.index);

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, origin, openExternal),
  );
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    if (!devServerUrl && !existsSync(paths.index)) {
      dialog.showErrorBox(
        'Mazmun',
        "Mazmun's interface has not been built: run `npm run build` first.",
      );
      app.quit();
      return;
    }
    installSessionSecurity(session.defaultSession, contentSecurityPolicy(devServerUrl));
    registerIpcHandlers(ipcMain, createHandlers(electronDeps()), (event) =>
      isTrustedSender(event as SenderEvent, origin),
    );
    const template = buildMenuTemplate({
      labels: labelsForLocale(app.getLocale()),
      isMac: process.platform === 'darwin',
      isDev: devServerUrl !== null,
      send: sendMenuCommand,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    createMainWindow(paths, devServerUrl);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths, devServerUrl);
    });
  });
}
