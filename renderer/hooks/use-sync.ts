// The open project's sync for React: the running engine, its status, who is connected and the
// conflicts to review (renderer/sync/).
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ConflictEntry } from '../../shared/sync/conflicts';
import type { ProjectId } from '../../shared/model/ids';
import { loadEngineConflicts } from '../sync/conflicts';
import { loadSyncSettings, type SyncSettings } from '../sync/sync-config';
import type { Presence, SyncEngine, SyncStatus } from '../sync/sync-engine';
import { coalesce } from '../sync/coalesce';
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

/**
 * The saved sharing settings of a project (null = not shared; password null = to be asked for
 * this session); `reload` after publish, join, unlock or leave.
 */
export function useSyncConfig(projectId: ProjectId | null): {
  config: SyncSettings | null;
  reload: () => void;
} {
  const [config, setConfig] = useState<SyncSettings | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    if (!projectId) return;
    void loadSyncSettings(projectId).then(
      (c) => live && setConfig(c),
      () => live && setConfig(null),
    );
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

/**
 * Conflicts on codes and memos, read when the replica changes (a replicated revision may bring
 * one while the status stays "synced") — not on a timer, and a failed read (the replica closed
 * after leaving) only empties the list.
 */
export function useConflicts(engine: SyncEngine | null): {
  conflicts: readonly ConflictEntry[];
  refresh: () => void;
} {
  const [list, setList] = useState<readonly ConflictEntry[]>([]);
  const [n, setN] = useState(0);
  useEffect(() => {
    if (!engine) return;
    let live = true;
    const read = coalesce(
      () =>
        loadEngineConflicts(engine).then(
          (l) => live && setList(l),
          () => live && setList([]),
        ),
      () => live && !engine.isStopped,
    );
    read();
    const off = engine.onReplicaChange(read);
    return () => {
      live = false;
      off();
    };
  }, [engine, n]);
  return { conflicts: engine ? list : [], refresh: useCallback(() => setN((x) => x + 1), []) };
}
