// Where a project's sharing settings live on this machine. The account's password is needed to
// sync after a restart: on the desktop it goes through Electron's safeStorage (the bridge's
// credentials calls, electron/credentials.ts); in the web build, where no keychain exists, it is
// kept in this profile's localStorage (docs/sync.md says so plainly).
import type { ProjectId } from '../../shared/model/ids';
import '../platform/bridge';

export interface SyncConfig {
  /** Server root, e.g. http://127.0.0.1:5984 */
  readonly url: string;
  /** CouchDB database name of the project. */
  readonly db: string;
  readonly user: string;
  readonly password: string;
}

/** The desktop's safeStorage through IPC (shared/ipc.ts 'credentials:*'), or null in a browser. */
function bridge() {
  const m = globalThis.window?.mazmun;
  if (!m) return null;
  return {
    async get(key: string): Promise<string | null> {
      const r = await m.invoke('credentials:get', { key });
      return r.ok ? r.data.value : null;
    },
    async set(key: string, value: string): Promise<void> {
      await m.invoke('credentials:set', { key, value });
    },
    async remove(key: string): Promise<void> {
      await m.invoke('credentials:remove', { key });
    },
  };
}

const key = (projectId: ProjectId) => `mazmun.sync.${projectId}`;

export async function loadSyncConfig(projectId: ProjectId): Promise<SyncConfig | null> {
  const b = bridge();
  const raw = b ? await b.get(key(projectId)) : globalThis.localStorage?.getItem(key(projectId));
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<SyncConfig>;
    return v.url && v.db && v.user && typeof v.password === 'string' ? (v as SyncConfig) : null;
  } catch {
    return null;
  }
}

export async function saveSyncConfig(projectId: ProjectId, c: SyncConfig): Promise<void> {
  const b = bridge();
  if (b) await b.set(key(projectId), JSON.stringify(c));
  else globalThis.localStorage?.setItem(key(projectId), JSON.stringify(c));
}

export async function clearSyncConfig(projectId: ProjectId): Promise<void> {
  const b = bridge();
  if (b) await b.remove(key(projectId));
  else globalThis.localStorage?.removeItem(key(projectId));
}

/** The server database of a project: CouchDB names are lower case and start with a letter. */
export function databaseName(projectId: ProjectId): string {
  return `mazmun-${projectId.toLowerCase()}`;
}
