// The running sync of the open project, for the shell and the Sharing panel: started when a
// shared project's store opens (data/ProjectStoreProvider.tsx), stopped when it closes.
import type { ProjectStore } from '../../shared/store/project-store';
import type { ProjectId } from '../../shared/model/ids';
import { loadSyncConfig } from './sync-config';
import { SyncEngine } from './sync-engine';

let engine: SyncEngine | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of [...listeners]) l();
};

export function currentEngine(): SyncEngine | null {
  return engine;
}

export function subscribeEngine(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Starts syncing `store` now (after publish or join). */
export async function startEngine(store: ProjectStore): Promise<SyncEngine | null> {
  const config = await loadSyncConfig(store.projectId);
  if (!config) return null;
  if (engine?.store === store) return engine;
  await engine?.stop();
  engine = await SyncEngine.start(store, config);
  notify();
  return engine;
}

/** Stops the engine of `projectId` (`forget`: also drop its local replica). */
export async function stopEngine(projectId: ProjectId, forget = false): Promise<void> {
  if (engine?.store.projectId !== projectId) return;
  const e = engine;
  engine = null;
  notify();
  await e.stop(forget);
}

/** For the store provider: sync this store if its project is shared; returns the stop. */
export function attachSync(store: ProjectStore): () => void {
  let stopped = false;
  void startEngine(store).then((e) => {
    if (stopped && e) void stopEngine(store.projectId);
  });
  return () => {
    stopped = true;
    void stopEngine(store.projectId);
  };
}
