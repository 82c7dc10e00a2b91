// The open project's sync for React: the running engine, its status, who is connected and the
// conflicts to review (renderer/sync/).
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ConflictEntry } from '../../shared/sync/conflicts';
import type { ProjectId } from '../../shared/model/ids';
import { loadConflicts } from '../sync/conflicts';
import { loadSyncConfig, type SyncConfig } from '../sync/sync-config';
import type { Presence, SyncEngine, SyncStatus } from '../sync/sync-engine';
import { currentEngine, subscribeEngine } from '../sync/sync-runtime';

export function useSyncEngine(): SyncEngine | null {
  return useSyncExternalStore(subscribeEngine, currentEngine, currentEngine);
}

const NO_STATUS = (): SyncStatus | null => null;
const NO_SUB = () => () => {};

export function useSyncStatus(engine: SyncEngine | null): SyncStatus | null {
  return useSyncExternalStore(
    engine?.subscribe ?? NO_SUB,
    engine?.getStatus ?? NO_STATUS,
    engine?.getStatus ?? NO_STATUS,
  );
}

/** The saved sharing settings of a project (null = not shared); `reload` after publish/leave. */
export function useSyncConfig(projectId: ProjectId | null): {
  config: SyncConfig | null;
  reload: () => void;
} {
  const [config, setConfig] = useState<SyncConfig | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    if (!projectId) return;
    void loadSyncConfig(projectId).then((c) => live && setConfig(c));
    return () => {
      live = false;
    };
  }, [projectId, n]);
  return { config: projectId ? config : null, reload: useCallback(() => setN((x) => x + 1), []) };
}

/** Accounts connected now, polled while the panel is open. */
export function useConnected(engine: SyncEngine | null): readonly Presence[] {
  const [list, setList] = useState<readonly Presence[]>([]);
  useEffect(() => {
    if (!engine) return;
    let live = true;
    const poll = () =>
      void engine.connected().then(
        (l) => live && setList(l),
        () => live && setList([]),
      );
    poll();
    const t = setInterval(poll, 3000);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [engine]);
  return engine ? list : [];
}

/** Conflicts on codes and memos, read again whenever the engine's status changes. */
export function useConflicts(
  engine: SyncEngine | null,
  status: SyncStatus | null,
): { conflicts: readonly ConflictEntry[]; refresh: () => void } {
  const [list, setList] = useState<readonly ConflictEntry[]>([]);
  const [n, setN] = useState(0);
  useEffect(() => {
    if (!engine) return;
    let live = true;
    const read = () => void loadConflicts(engine.replica.db).then((l) => live && setList(l));
    read();
    // Replicated revisions may arrive while the status stays "synced": look again now and then.
    const t = setInterval(read, 2000);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [engine, status?.state, n]);
  return { conflicts: engine ? list : [], refresh: useCallback(() => setN((x) => x + 1), []) };
}
