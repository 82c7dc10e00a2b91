// The one map of every IPC channel between Electron's main process and the renderer
// (DEVELOPERS.md rule 6), with pure validators for what the renderer sends. The main process
// trusts nothing that crosses the bridge: every handler runs `validateArgs` first. Pure: no
// electron, no node:*, so the preload, the main process and the browser build all share it.
import { refuse } from './errors/refuse';
import { ok, type Result } from './model/snapshot';

export interface FileFilter {
  readonly name: string;
  /** Without the dot, e.g. "docx"; "*" means any file. */
  readonly extensions: readonly string[];
}

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SkippedFile {
  readonly name: string;
  readonly reason: string;
}

export type OpenFilesResponse =
  | { readonly canceled: true }
  | {
      readonly canceled: false;
      readonly files: readonly OpenedFile[];
      readonly skipped: readonly SkippedFile[];
    };

export type SaveFileResponse =
  { readonly canceled: true } | { readonly canceled: false; readonly path: string };

/** Deliberately holds no file-system paths: the renderer has no use for them. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly arch: string;
  readonly electron: string;
  readonly chrome: string;
  readonly locale: string;
  readonly isPackaged: boolean;
}

export interface BackupEntry {
  readonly name: string;
  readonly projectId: string;
  /** ISO 8601, from the file name (not the file's mtime, which copies and syncs change). */
  readonly createdAt: string;
  readonly bytes: number;
}

export interface BackupWriteResponse {
  readonly name: string;
  readonly bytes: number;
  /** Names of older backups of the same project deleted to keep the newest `keep`. */
  readonly pruned: readonly string[];
}

/** Renderer → main, request/response (`ipcRenderer.invoke` / `ipcMain.handle`). */
export interface IpcInvokeMap {
  'dialog:openFiles': {
    request: { readonly filters: readonly FileFilter[]; readonly multiple: boolean };
    response: OpenFilesResponse;
  };
  'dialog:saveFile': {
    request: {
      readonly suggestedName: string;
      readonly filters: readonly FileFilter[];
      readonly data: Uint8Array | string;
    };
    response: SaveFileResponse;
  };
  'app:getInfo': { request: undefined; response: AppInfo };
  'shell:openExternal': {
    request: { readonly url: string };
    response: { readonly opened: boolean };
  };
  'backup:write': {
    request: { readonly projectId: string; readonly json: string; readonly keep: number };
    response: BackupWriteResponse;
  };
  'backup:list': {
    request: { readonly projectId: string | null };
    response: readonly BackupEntry[];
  };
  'backup:read': { request: { readonly name: string }; response: { readonly json: string } };
  'window:setTitle': { request: { readonly title: string }; response: null };
  /**
   * Free bytes on the disk that holds the app's data (IndexedDB and backups), null when the
   * system cannot tell. Large imports check it first: Chromium deletes an origin's whole
   * IndexedDB when a write runs out of disk.
   */
  'storage:freeSpace': { request: undefined; response: { readonly freeBytes: number | null } };
  /** A sync account's settings, kept with Electron's safeStorage (issue 14, electron/credentials.ts). */
  'credentials:get': {
    request: { readonly key: string };
    response: { readonly value: string | null };
  };
  'credentials:set': {
    request: { readonly key: string; readonly value: string };
    response: { readonly stored: boolean };
  };
  'credentials:remove': {
    request: { readonly key: string };
    response: { readonly removed: boolean };
  };
  /** Renders a self-contained HTML report to PDF (scripts off) and saves it where the user picks. */
  'report:savePdf': {
    request: { readonly html: string; readonly suggestedName: string };
    response: SaveFileResponse;
  };
}

export type InvokeChannel = keyof IpcInvokeMap;
export type IpcRequest<C extends InvokeChannel> = IpcInvokeMap[C]['request'];
export type IpcResponse<C extends InvokeChannel> = IpcInvokeMap[C]['response'];
/** Handlers answer with a Result (rule 5) so a refusal reaches the renderer as data, not a throw. */
export type IpcReply<C extends InvokeChannel> = Result<IpcResponse<C>>;
export type InvokeArgs<C extends InvokeChannel> =
  IpcRequest<C> extends undefined ? [] : [IpcRequest<C>];

/** Main → renderer events. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const MENU_COMMANDS = [
  'new-project',
  'import-documents',
  'open-project-file',
  'export',
  'undo',
  'redo',
  'open-sample',
  'about',
  'toggle-locale',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export interface IpcEventMap {
  [MENU_COMMAND_CHANNEL]: MenuCommand;
}

/** The one object the preload puts on `window.mazmun`. */
export interface MazmunBridge {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcReply<C>>;
  /** Returns the function that removes the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const LIMITS = {
  maxFilters: 20,
  maxExtensions: 50,
  maxNameChars: 120,
  maxFileNameChars: 200,
  maxTitleChars: 200,
  maxUrlChars: 2048,
  /** Per opened file and per saved file: an interview corpus is far below this. */
  maxFileBytes: 512 * 1024 * 1024,
  /** V8's string limit is about 2^29 characters; stay clearly under it. */
  maxBackupChars: 400 * 1024 * 1024,
  maxBackupKeep: 200,
  /** An HTML coding report with every passage of a large project stays well under this. */
  maxReportChars: 100 * 1024 * 1024,
  defaultBackupKeep: 10,
} as const;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** http(s) only, parsed with URL: no javascript:, file:, custom schemes or credentials. */
export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > LIMITS.maxUrlChars) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  // Credentials in a link ("https://bank.example@evil.example") are a classic disguise.
  return web && url.hostname !== '' && url.username === '' && url.password === '';
}

// --- backups: file names are built and parsed here so main and the renderer agree --------------

const PROJECT_ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const BACKUP_NAME_RE =
  /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})--(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;

export function isSafeProjectId(value: unknown): value is string {
  return typeof value === 'string' && PROJECT_ID_RE.test(value);
}

/** `<projectId>--2025-01-31T09-05-07-123Z.json`: sortable, and no characters any OS forbids. */
export function backupFileName(projectId: string, at: Date): string {
  return `${projectId}--${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

export function parseBackupFileName(
  name: string,
): { readonly projectId: string; readonly createdAt: string } | null {
  const m = BACKUP_NAME_RE.exec(name);
  if (!m) return null;
  const createdAt = `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`;
  const time = Date.parse(createdAt);
  // Rejects impossible dates (month 13) that the pattern alone lets through.
  if (Number.isNaN(time) || new Date(time).toISOString() !== createdAt) return null;
  return { projectId: m[1] as string, createdAt };
}

// --- validators -----------------------------------------------------------------------------------

type Validator<T> = (args: unknown) => Result<T>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL_RE = /[\u0000-\u001f\u007f]/;

function plainText(value: unknown, field: string, max: number): Result<string> {
  if (typeof value !== 'string') return refuse('ipc.notText', { field });
  if (value.length > max) return refuse('ipc.textTooLong', { field, max });
  if (CONTROL_RE.test(value)) return refuse('ipc.controlCharacters', { field });
  return ok(value);
}

/** A bare file name: the dialog, not the renderer, decides the folder. */
export function isSafeFileName(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  if (value.length > LIMITS.maxFileNameChars || CONTROL_RE.test(value)) return false;
  if (/[\\/:*?"<>|]/.test(value)) return false;
  return value !== '.' && value !== '..';
}

function isUint8Array(value: unknown): value is Uint8Array {
  // Cross-realm safe: IPC hands the main process a Uint8Array from another context.
  return (
    ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]'
  );
}

function filters(value: unknown): Result<FileFilter[]> {
  if (!Array.isArray(value)) return refuse('ipc.filtersNotList');
  if (value.length > LIMITS.maxFilters)
    return refuse('ipc.tooManyFilters', { max: LIMITS.maxFilters });
  const out: FileFilter[] = [];
  for (const f of value) {
    if (!isRecord(f)) return refuse('ipc.filterNotObject');
    const name = plainText(f.name, 'filter name', LIMITS.maxNameChars);
    if (!name.ok) return name;
    const exts = f.extensions;
    if (!Array.isArray(exts) || exts.length === 0 || exts.length > LIMITS.maxExtensions) {
      return refuse('ipc.filterExtensionCount', { name: name.data, max: LIMITS.maxExtensions });
    }
    for (const e of exts) {
      if (typeof e !== 'string' || !/^(\*|[A-Za-z0-9]{1,16})$/.test(e)) {
        return refuse('ipc.filterBadExtension', { name: name.data });
      }
    }
    out.push({ name: name.data, extensions: [...(exts as string[])] });
  }
  return ok(out);
}

function object(args: unknown): Result<Record<string, unknown>> {
  return isRecord(args) ? ok(args) : refuse('ipc.argsNotObject');
}

/** Sync settings are stored per project only: `mazmun.sync.<project id>`. */
function credentialKey(args: unknown): Result<{ key: string }> {
  const o = object(args);
  if (!o.ok) return o;
  const key = o.data.key;
  return typeof key === 'string' && /^mazmun\.sync\.[A-Za-z0-9_-]{1,64}$/.test(key)
    ? ok({ key })
    : refuse('sync.badCredentialKey');
}

// A mapped type: adding a channel to IpcInvokeMap without a validator fails to compile.
const validators: { readonly [C in InvokeChannel]: Validator<IpcRequest<C>> } = {
  'dialog:openFiles': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    const f = filters(o.data.filters);
    if (!f.ok) return f;
    if (typeof o.data.multiple !== 'boolean') return refuse('ipc.multipleNotBoolean');
    return ok({ filters: f.data, multiple: o.data.multiple });
  },
  'dialog:saveFile': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    if (!isSafeFileName(o.data.suggestedName)) return refuse('ipc.badFileName');
    const f = filters(o.data.filters);
    if (!f.ok) return f;
    const data = o.data.data;
    if (typeof data !== 'string' && !isUint8Array(data)) return refuse('ipc.dataNotTextOrBytes');
    // Text is at most 3 UTF-8 bytes per UTF-16 unit, so this bounds the written size too.
    const size = typeof data === 'string' ? data.length * 3 : data.byteLength;
    if (size > LIMITS.maxFileBytes) return refuse('ipc.dataTooLarge');
    return ok({ suggestedName: o.data.suggestedName, filters: f.data, data });
  },
  'app:getInfo': (args) =>
    args === undefined ? ok(undefined) : refuse('ipc.takesNoArguments', { channel: 'app:getInfo' }),
  'storage:freeSpace': (args) =>
    args === undefined
      ? ok(undefined)
      : refuse('ipc.takesNoArguments', { channel: 'storage:freeSpace' }),
  'shell:openExternal': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    return isSafeExternalUrl(o.data.url) ? ok({ url: o.data.url }) : refuse('ipc.badUrl');
  },
  'backup:write': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    if (!isSafeProjectId(o.data.projectId)) return refuse('ipc.unsafeProjectId');
    const json = o.data.json;
    if (typeof json !== 'string' || json.length === 0) return refuse('ipc.jsonEmpty');
    if (json.length > LIMITS.maxBackupChars) return refuse('ipc.backupTooLarge');
    const keep = o.data.keep;
    if (
      !Number.isInteger(keep) ||
      (keep as number) < 1 ||
      (keep as number) > LIMITS.maxBackupKeep
    ) {
      return refuse('ipc.badKeep', { max: LIMITS.maxBackupKeep });
    }
    return ok({ projectId: o.data.projectId, json, keep: keep as number });
  },
  'report:savePdf': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    if (!isSafeFileName(o.data.suggestedName) || !/\.pdf$/i.test(o.data.suggestedName as string))
      return refuse('ipc.badPdfName');
    const html = o.data.html;
    if (typeof html !== 'string' || html.length === 0) return refuse('ipc.htmlEmpty');
    if (html.length > LIMITS.maxReportChars) return refuse('ipc.reportTooLarge');
    return ok({ html, suggestedName: o.data.suggestedName as string });
  },
  'backup:list': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    const id = o.data.projectId;
    if (id === null || isSafeProjectId(id)) return ok({ projectId: id });
    return refuse('ipc.projectIdNotSafeOrNull');
  },
  'backup:read': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    const name = o.data.name;
    if (typeof name !== 'string' || parseBackupFileName(name) === null) {
      return refuse('ipc.notBackupFileName');
    }
    return ok({ name });
  },
  'credentials:get': (args) => credentialKey(args),
  'credentials:remove': (args) => credentialKey(args),
  'credentials:set': (args) => {
    const k = credentialKey(args);
    if (!k.ok) return k;
    const value = (args as Record<string, unknown>).value;
    if (typeof value !== 'string' || value.length > 4096) return refuse('sync.badCredentialValue');
    return ok({ key: k.data.key, value });
  },
  'window:setTitle': (args) => {
    const o = object(args);
    if (!o.ok) return o;
    const title = plainText(o.data.title, 'title', LIMITS.maxTitleChars);
    return title.ok ? ok({ title: title.data }) : title;
  },
};

export const INVOKE_CHANNELS = Object.freeze(Object.keys(validators) as InvokeChannel[]);

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(validators, value);
}

/** Checks and copies a channel's arguments; unknown keys are dropped. */
export function validateArgs<C extends InvokeChannel>(
  channel: C,
  args: unknown,
): Result<IpcRequest<C>> {
  if (!isInvokeChannel(channel)) return refuse('ipc.unknownChannel', { channel: String(channel) });
  return (validators[channel] as Validator<IpcRequest<C>>)(args);
}
