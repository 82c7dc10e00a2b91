// Rolling backups in the browser build: the desktop app keeps them as files in its data folder;
// here they go to a small IndexedDB database of their own ("mazmun-backups"), apart from the
// project database, so a damaged project database does not take its backups with it.
import type { BackupEntry } from '../../shared/ipc';
import { LIMITS, backupFileName, isSafeProjectId, parseBackupFileName } from '../../shared/ipc';
import { refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import type { BackupStore } from './bridge';

const DB_NAME = 'mazmun-backups';
const STORE = 'backups';

interface BackupRow extends BackupEntry {
  readonly json: string;
}

/** UTF-8 size without encoding the whole (possibly huge) string. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('backup transaction aborted'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore(STORE, { keyPath: 'name' });
    store.createIndex('projectId', 'projectId');
  };
  return request(req);
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createIdbBackupStore(
  factory: IDBFactory,
  now: () => Date = () => new Date(),
): BackupStore {
  let db: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> => (db ??= open(factory));

  return {
    async write(projectId, json, keep = LIMITS.defaultBackupKeep) {
      if (!isSafeProjectId(projectId)) return refuse('app.backupUnsafeProjectId');
      if (!Number.isInteger(keep) || keep < 1) return refuse('app.backupBadKeep');
      const name = backupFileName(projectId, now());
      const parsed = parseBackupFileName(name);
      if (!parsed) return refuse('app.backupUnnamed');
      try {
        const tx = (await database()).transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        const bytes = utf8Length(json);
        store.put({ name, ...parsed, bytes, json } satisfies BackupRow);
        // One transaction: the new backup and the pruning land together or not at all.
        const names = (await request(store.index('projectId').getAllKeys(projectId))) as string[];
        const pruned = names.sort().reverse().slice(keep);
        for (const old of pruned) store.delete(old);
        await finished(tx);
        return ok({ name, bytes, pruned });
      } catch (e) {
        return refuse('app.backupNotWritten', { detail: message(e) });
      }
    },
    async list(projectId) {
      try {
        const store = (await database()).transaction(STORE).objectStore(STORE);
        const rows = (await request(
          projectId === null ? store.getAll() : store.index('projectId').getAll(projectId),
        )) as BackupRow[];
        const entries: BackupEntry[] = rows.map(({ name, projectId: id, createdAt, bytes }) => ({
          name,
          projectId: id,
          createdAt,
          bytes,
        }));
        return ok(entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      } catch (e) {
        return refuse('app.backupsNotListed', { detail: message(e) });
      }
    },
    async read(name): Promise<Result<string>> {
      if (parseBackupFileName(name) === null) return refuse('app.notBackupName');
      try {
        const store = (await database()).transaction(STORE).objectStore(STORE);
        const row = (await request(store.get(name))) as BackupRow | undefined;
        return row ? ok(row.json) : refuse('app.backupNotFound', { name });
      } catch (e) {
        return refuse('app.backupNotRead', { detail: message(e) });
      }
    },
  };
}
