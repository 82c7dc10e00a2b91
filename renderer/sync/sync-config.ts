// Where a project's sharing settings live on this machine. The password is never written in
// plain text: on the desktop the whole setting goes through Electron's safeStorage (the bridge's
// credentials calls, electron/credentials.ts), and when the system has no keychain the project is
// refused rather than stored in clear. In the web build only the address and account are kept
// (localStorage); the password lives in this window's memory and is asked for again after a
// restart (docs/sync.md).
import { refuse } from '../../shared/errors';
import type { ProjectId } from '../../shared/model/ids';
import { ok, type Result } from '../../shared/model/snapshot';
import '../platform/bridge';

export interface SyncConfig {
  /** Server root, e.g. http://127.0.0.1:5984 */
  readonly url: string;
  /** CouchDB database name of the project. */
  readonly db: string;
  readonly user: string;
  readonly password: string;
}

/** What is known of a shared project without its password (enough to show it and ask for one). */
export type SyncSettings = Omit<SyncConfig, 'password'> & { readonly password: string | null };

/** The desktop's safeStorage through IPC (shared/ipc.ts 'credentials:*'), or null in a browser. */
function bridge() {
  const m = globalThis.window?.mazmun;
  if (!m) return null;
  return {
    async get(key: string): Promise<string | null> {
      const r = await m.invoke('credentials:get', { key });
      return r.ok ? r.data.value : null;
    },
    async set(key: string, value: string): Promise<boolean> {
      const r = await m.invoke('credentials:set', { key, value });
      return r.ok && r.data.stored;
    },
    async remove(key: string): Promise<void> {
      await m.invoke('credentials:remove', { key });
    },
  };
}

const key = (projectId: ProjectId) => `mazmun.sync.${projectId}`;

/** Web build: passwords of this session, never persisted. */
const sessionPasswords = new Map<string, string>();

function parse(raw: string | null | undefined): SyncSettings | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<SyncConfig>;
    if (!(v.url && v.db && v.user)) return null;
    return {
      url: v.url,
      db: v.db,
      user: v.user,
      password: typeof v.password === 'string' ? v.password : null,
    };
  } catch {
    return null;
  }
}

/** The project's settings; `password` is null when it must be asked for (web, after a restart). */
export async function loadSyncSettings(projectId: ProjectId): Promise<SyncSettings | null> {
  const b = bridge();
  if (b) return parse(await b.get(key(projectId)));
  const storage = globalThis.localStorage;
  const s = parse(storage?.getItem(key(projectId)));
  if (!s) return null;
  if (s.password !== null) {
    // A setting written by an earlier version kept the password: take it out of storage.
    sessionPasswords.set(key(projectId), s.password);
    storage?.setItem(key(projectId), JSON.stringify({ url: s.url, db: s.db, user: s.user }));
  }
  return { ...s, password: sessionPasswords.get(key(projectId)) ?? null };
}

/** The settings with a password, or null (not shared, or the password not given this session). */
export async function loadSyncConfig(projectId: ProjectId): Promise<SyncConfig | null> {
  const s = await loadSyncSettings(projectId);
  return s && s.password !== null ? { ...s, password: s.password } : null;
}

export async function saveSyncConfig(projectId: ProjectId, c: SyncConfig): Promise<Result<null>> {
  const b = bridge();
  if (b) {
    if (!(await b.set(key(projectId), JSON.stringify(c)))) return refuse('sync.noKeychain');
    return ok(null);
  }
  globalThis.localStorage?.setItem(
    key(projectId),
    JSON.stringify({ url: c.url, db: c.db, user: c.user }),
  );
  sessionPasswords.set(key(projectId), c.password);
  return ok(null);
}

/** Web build: the password typed again after a restart, kept for this session only. */
export function rememberPassword(projectId: ProjectId, password: string): void {
  sessionPasswords.set(key(projectId), password);
}

export async function clearSyncConfig(projectId: ProjectId): Promise<void> {
  sessionPasswords.delete(key(projectId));
  const b = bridge();
  if (b) await b.remove(key(projectId));
  else globalThis.localStorage?.removeItem(key(projectId));
}

/** The server database of a project: CouchDB names are lower case and start with a letter. */
export function databaseName(projectId: ProjectId): string {
  return `mazmun-${projectId.toLowerCase()}`;
}
