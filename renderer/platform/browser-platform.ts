// The Platform of a plain browser tab: same interface as the desktop app, web means underneath.
import { isSafeExternalUrl, type AppInfo } from '../../shared/ipc';
import { refuse } from '../../shared/errors';
import { ok } from '../../shared/model/snapshot';
import { createIdbBackupStore } from './browser-backups';
import { downloadFile, pickFiles } from './browser-files';
import type { BackupStore, Platform } from './bridge';

/** What the browser platform uses of the page's globals (so tests can hand it fakes). */
export interface BrowserEnv {
  readonly document?: Document;
  readonly URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  readonly indexedDB?: IDBFactory;
  readonly navigator?: Pick<Navigator, 'language' | 'userAgent'> & {
    readonly storage?: Pick<StorageManager, 'estimate'>;
  };
  open?(url: string, target: string, features: string): unknown;
}

const noBackups: BackupStore = {
  write: async () => refuse('app.noBackupStorage'),
  list: async () => ok([]),
  read: async () => refuse('app.noBackupStorage'),
};

const noDocument = refuse('app.noFilePicker');

/**
 * Prints a report through a hidden frame. `sandbox` without allow-scripts keeps any script in
 * the report from running; allow-modals lets the frame open the print dialog.
 */
function printHtml(doc: Document, html: string): void {
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.position = 'fixed';
  frame.style.inlineSize = '0';
  frame.style.blockSize = '0';
  frame.style.border = '0';
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    // Printing is synchronous in Chromium's dialog; give other browsers time before removing.
    setTimeout(() => frame.remove(), 60_000);
  });
  doc.body.appendChild(frame);
}

export function createBrowserPlatform(env: BrowserEnv): Platform {
  const doc = env.document;
  return {
    isDesktop: false,
    openFiles: async (filters, options) =>
      doc ? ok(await pickFiles(doc, filters, options?.multiple ?? true)) : noDocument,
    saveFile: async (name, data) => {
      if (!doc) return noDocument;
      downloadFile(doc, env.URL, name, data);
      return ok({ canceled: false, path: null });
    },
    onMenuCommand: () => () => undefined,
    savePdf: async (_name, html) => {
      if (!doc) return noDocument;
      printHtml(doc, html);
      return ok({ canceled: false, path: null });
    },
    openExternal: async (url) => {
      if (!isSafeExternalUrl(url) || !env.open) return false;
      // noopener: the opened page gets no handle back to the app.
      env.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    setTitle: async (title) => {
      if (doc) doc.title = title;
    },
    getInfo: async (): Promise<AppInfo> => ({
      name: 'Mazmun',
      version: '',
      platform: 'web',
      arch: '',
      electron: '',
      chrome: '',
      locale: env.navigator?.language ?? 'en',
      isPackaged: false,
    }),
    backups: env.indexedDB ? createIdbBackupStore(env.indexedDB) : noBackups,
    // The browser's share of the disk: an upper bound only (Chromium reports usage + a fixed
    // 1 GiB whatever the disk holds), but a refusal when even that is too small is right.
    freeSpace: async () => {
      try {
        const e = await env.navigator?.storage?.estimate();
        return e?.quota !== undefined ? Math.max(0, e.quota - (e.usage ?? 0)) : null;
      } catch {
        return null;
      }
    },
  };
}
