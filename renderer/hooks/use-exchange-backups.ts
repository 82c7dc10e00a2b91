// Rolling automatic backups of the open project, and the list to restore from. The desktop app
// writes them as files in its data folder (backup:write / backup:list / backup:read in
// shared/ipc.ts); the browser build keeps them in an IndexedDB database of their own.
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { LIMITS, type BackupEntry } from '../../shared/ipc';
import type { ProjectId } from '../../shared/model/ids';
import { refuse } from '../../shared/errors';
import type { Failure, Result } from '../../shared/model/snapshot';
import { ProjectStoreContext } from '../data/ProjectStoreProvider';
import { getPlatform } from '../platform/bridge';
import { HeavyWorkClient } from '../workers/heavy-work-client';

/** A backup after this many changes, or at the next tick after this long with any change. */
export const AUTO_BACKUP = { changes: 50, intervalMs: 5 * 60_000 } as const;

export async function backUpProject(projectId: ProjectId): Promise<Result<string>> {
  try {
    const platform = getPlatform();
    const version = (await platform.getInfo().catch(() => null))?.version ?? '';
    // Read and serialized in the heavy-work worker: a large project never freezes the page.
    const client = new HeavyWorkClient();
    const backup = await client.run({
      kind: 'export',
      projectId,
      request: { kind: 'backup' },
      appVersion: version,
    }).result;
    client.dispose();
    if (!backup.ok) return backup;
    const json = String(backup.data.data);
    const r = await platform.backups.write(projectId, json, LIMITS.defaultBackupKeep);
    return r.ok ? { ok: true, data: r.data.name } : r;
  } catch (e) {
    return refuse('app.unexpected', { detail: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Mount once inside the ProjectStoreProvider: backs the open project up after
 * AUTO_BACKUP.changes changes, or every AUTO_BACKUP.intervalMs while there are unsaved-to-backup
 * changes. A failed backup is retried at the next trigger; it never interrupts the work.
 */
export function useAutoBackup(): void {
  const status = useContext(ProjectStoreContext);
  const store = status.kind === 'ready' ? status.store : null;
  const pending = useRef(0);
  const running = useRef(false);

  useEffect(() => {
    if (!store) return;
    const projectId = store.getState().project.id;
    let lastVersion = store.getState().version;
    pending.current = 0;
    const flush = (): void => {
      if (pending.current === 0 || running.current) return;
      running.current = true;
      const counted = pending.current;
      void backUpProject(projectId).then((r) => {
        running.current = false;
        if (r.ok) pending.current = Math.max(0, pending.current - counted);
      });
    };
    const unsubscribe = store.subscribe(() => {
      const v = store.getState().version;
      if (v === lastVersion) return;
      pending.current += v - lastVersion;
      lastVersion = v;
      if (pending.current >= AUTO_BACKUP.changes) flush();
    });
    const timer = setInterval(flush, AUTO_BACKUP.intervalMs);
    return () => {
      unsubscribe();
      clearInterval(timer);
      // Leaving a project with changes not yet backed up: back them up now.
      flush();
    };
  }, [store]);
}

export interface BackupList {
  /** Newest first; null while loading. */
  readonly entries: readonly BackupEntry[] | null;
  /** Why the list could not be read: the whole failure, translated by code in the view. */
  readonly error: Failure | null;
  readonly refresh: () => void;
  readonly read: (name: string) => Promise<Result<string>>;
}

export function useBackupList(): BackupList {
  const [entries, setEntries] = useState<readonly BackupEntry[] | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void getPlatform()
      .backups.list(null)
      .then((r) => {
        if (cancelled) return;
        setEntries(r.ok ? r.data : []);
        setError(r.ok ? null : r);
      });
    return () => {
      cancelled = true;
    };
  }, [tick]);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  const read = useCallback((name: string) => getPlatform().backups.read(name), []);
  return { entries, error, refresh, read };
}
