// The renderer's only way to Electron. Views call `getPlatform()` and never look at
// `window.mazmun` themselves, so the same UI runs in the desktop app and in a plain browser
// (`npm run web`, the e2e tests), where files go through <input type=file> and downloads.
import type {
  AppInfo,
  BackupEntry,
  BackupWriteResponse,
  FileFilter,
  MazmunBridge,
  MenuCommand,
  OpenFilesResponse,
} from '../../shared/ipc';
import { LIMITS } from '../../shared/ipc';
import type { Result } from '../../shared/model/snapshot';
import { createBrowserPlatform } from './browser-platform';

declare global {
  interface Window {
    /** Present only inside the desktop app (electron/preload.ts). */
    mazmun?: MazmunBridge;
  }
}

/** `path` is null in the browser: the download went wherever the browser puts downloads. */
export type SaveOutcome =
  { readonly canceled: true } | { readonly canceled: false; readonly path: string | null };

export interface BackupStore {
  /** Writes a snapshot and deletes that project's backups beyond the newest `keep`. */
  write(projectId: string, json: string, keep?: number): Promise<Result<BackupWriteResponse>>;
  /** Newest first; all projects when `projectId` is null. */
  list(projectId: string | null): Promise<Result<readonly BackupEntry[]>>;
  read(name: string): Promise<Result<string>>;
}

export interface Platform {
  readonly isDesktop: boolean;
  openFiles(
    filters: readonly FileFilter[],
    options?: { readonly multiple?: boolean },
  ): Promise<Result<OpenFilesResponse>>;
  saveFile(
    suggestedName: string,
    data: Uint8Array | string,
    filters: readonly FileFilter[],
  ): Promise<Result<SaveOutcome>>;
  /** Native menu commands; the browser has no native menu, so this never fires there. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Opens a checked http(s) URL outside the app; false if refused. */
  openExternal(url: string): Promise<boolean>;
  setTitle(title: string): Promise<void>;
  /**
   * Saves a self-contained HTML report as PDF: printToPDF in the desktop app; in a browser the
   * print dialog opens on the report (its print stylesheet), where "Save as PDF" does the rest.
   */
  savePdf(suggestedName: string, html: string): Promise<Result<SaveOutcome>>;
  getInfo(): Promise<AppInfo>;
  readonly backups: BackupStore;
  /** Free bytes where the app keeps its data; null when unknown. */
  freeSpace(): Promise<number | null>;
}

/** The desktop platform, over the preload's bridge. */
export function createDesktopPlatform(bridge: MazmunBridge): Platform {
  return {
    isDesktop: true,
    openFiles: (filters, options) =>
      bridge.invoke('dialog:openFiles', { filters, multiple: options?.multiple ?? true }),
    saveFile: (suggestedName, data, filters) =>
      bridge.invoke('dialog:saveFile', { suggestedName, data, filters }),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    savePdf: (suggestedName, html) => bridge.invoke('report:savePdf', { html, suggestedName }),
    openExternal: async (url) => {
      const r = await bridge.invoke('shell:openExternal', { url });
      return r.ok && r.data.opened;
    },
    setTitle: async (title) => {
      // A title the main process refuses (control characters) simply stays as it was.
      await bridge.invoke('window:setTitle', { title });
    },
    getInfo: async () => {
      const r = await bridge.invoke('app:getInfo');
      if (r.ok) return r.data;
      throw new Error(r.reason);
    },
    freeSpace: async () => {
      const r = await bridge.invoke('storage:freeSpace');
      return r.ok ? r.data.freeBytes : null;
    },
    backups: {
      write: (projectId, json, keep = LIMITS.defaultBackupKeep) =>
        bridge.invoke('backup:write', { projectId, json, keep }),
      list: (projectId) => bridge.invoke('backup:list', { projectId }),
      read: async (name) => {
        const r = await bridge.invoke('backup:read', { name });
        return r.ok ? { ok: true, data: r.data.json } : r;
      },
    },
  };
}

let current: Platform | undefined;

/** The platform for this page, made once: desktop when the preload ran, browser otherwise. */
export function getPlatform(): Platform {
  if (!current) {
    const bridge = typeof window === 'undefined' ? undefined : window.mazmun;
    current = bridge ? createDesktopPlatform(bridge) : createBrowserPlatform(globalThis);
  }
  return current;
}
