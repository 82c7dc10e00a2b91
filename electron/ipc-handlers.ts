// Every ipcMain.handle goes through `dispatch`: sender check, then argument validation, then the
// handler; any failure becomes `{ ok: false, reason }` for the renderer instead of a throw.
import { basename, dirname, join } from 'node:path';
import {
  INVOKE_CHANNELS,
  LIMITS,
  validateArgs,
  type AppInfo,
  type FileFilter,
  type InvokeChannel,
  type IpcReply,
  type IpcRequest,
  type IpcResponse,
  type OpenedFile,
  type SkippedFile,
} from '../shared/ipc';
import { errorOf, refuse } from '../shared/errors';
import { ok, type Result } from '../shared/model/snapshot';
import { listBackups, readBackup, writeBackup } from './backups';
import { openExternalSafely } from './external-links';
import { freeBytesAt, type StatFs } from './free-space';
import type { CredentialStore } from './credentials';

/** Electron's dialogs want mutable arrays. */
export interface DialogFilter {
  name: string;
  extensions: string[];
}

/** What the handlers need from Electron and the disk; `sender` is the IPC event's, passed through. */
export interface HandlerDeps {
  showOpenDialog(
    sender: unknown,
    options: { filters: DialogFilter[]; multiple: boolean },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    sender: unknown,
    options: { defaultPath: string; filters: DialogFilter[] },
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  openExternal(url: string): Promise<void>;
  setTitle(sender: unknown, title: string): void;
  appInfo(): AppInfo;
  /** Renders HTML to PDF in a hidden, script-less window. */
  printToPdf(html: string): Promise<Uint8Array>;
  documentsDir(): string;
  backupsDir(): string;
  now(): Date;
  /** For tests; the real file system otherwise. */
  statfs?: StatFs;
  /** Sync accounts (electron/credentials.ts); absent = nothing is stored. */
  credentials?: CredentialStore;
}

type Handler<C extends InvokeChannel> = (
  request: IpcRequest<C>,
  sender: unknown,
) => Promise<Result<IpcResponse<C>>>;
export type Handlers = { readonly [C in InvokeChannel]: Handler<C> };

const mutableFilters = (filters: readonly FileFilter[]): DialogFilter[] =>
  filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'dialog:openFiles': async (req, sender) => {
      const picked = await deps.showOpenDialog(sender, {
        filters: mutableFilters(req.filters),
        multiple: req.multiple,
      });
      if (picked.canceled || picked.filePaths.length === 0) return ok({ canceled: true });
      const files: OpenedFile[] = [];
      const skipped: SkippedFile[] = [];
      for (const path of picked.filePaths) {
        const name = basename(path);
        try {
          if ((await deps.fileSize(path)) > LIMITS.maxFileBytes) {
            skipped.push({ name, reason: 'file is too large' });
            continue;
          }
          files.push({ name, bytes: await deps.readFile(path) });
        } catch {
          skipped.push({ name, reason: 'file could not be read' });
        }
      }
      return ok({ canceled: false, files, skipped });
    },
    'dialog:saveFile': async (req, sender) => {
      const picked = await deps.showSaveDialog(sender, {
        defaultPath: join(deps.documentsDir(), req.suggestedName),
        filters: mutableFilters(req.filters),
      });
      if (picked.canceled || !picked.filePath) return ok({ canceled: true });
      await deps.writeFile(picked.filePath, req.data);
      return ok({ canceled: false, path: picked.filePath });
    },
    'report:savePdf': async (req, sender) => {
      const picked = await deps.showSaveDialog(sender, {
        defaultPath: join(deps.documentsDir(), req.suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (picked.canceled || !picked.filePath) return ok({ canceled: true });
      await deps.writeFile(picked.filePath, await deps.printToPdf(req.html));
      return ok({ canceled: false, path: picked.filePath });
    },
    'app:getInfo': async () => ok(deps.appInfo()),
    'shell:openExternal': async (req) =>
      ok({ opened: await openExternalSafely(req.url, deps.openExternal) }),
    // The data folder (IndexedDB and backups) is the backups folder's parent.
    'storage:freeSpace': async () =>
      ok({ freeBytes: await freeBytesAt(dirname(deps.backupsDir()), deps.statfs) }),
    'backup:write': async (req) => ok(await writeBackup(deps.backupsDir(), req, deps.now())),
    'backup:list': async (req) => ok(await listBackups(deps.backupsDir(), req.projectId)),
    'backup:read': async (req) => readBackup(deps.backupsDir(), req.name),
    'credentials:get': async (req) => ok({ value: (await deps.credentials?.get(req.key)) ?? null }),
    'credentials:set': async (req) =>
      ok({ stored: (await deps.credentials?.set(req.key, req.value)) ?? false }),
    'credentials:remove': async (req) =>
      ok({ removed: (await deps.credentials?.remove(req.key)) ?? false }),
    'window:setTitle': async (req, sender) => {
      deps.setTitle(sender, req.title);
      return ok(null);
    },
  };
}

export async function dispatch<C extends InvokeChannel>(
  channel: C,
  event: unknown,
  args: unknown,
  handlers: Handlers,
  isTrusted: (event: unknown) => boolean,
): Promise<IpcReply<C>> {
  if (!isTrusted(event)) return refuse('electron.untrusted', { channel });
  const valid = validateArgs(channel, args);
  if (!valid.ok) return refuse('electron.badRequest', { channel, error: errorOf(valid) });
  try {
    const sender = (event as { sender?: unknown }).sender;
    return await (handlers[channel] as Handler<C>)(valid.data, sender);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse('electron.handlerFailed', { channel, detail: message });
  }
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void;
}

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrusted: (event: unknown) => boolean,
): void {
  for (const channel of INVOKE_CHANNELS) {
    // Channels take one argument object; extra positional arguments are ignored by design.
    ipcMain.handle(channel, (event, args) => dispatch(channel, event, args, handlers, isTrusted));
  }
}
