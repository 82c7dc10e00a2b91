// The running sync of the open project, for the shell and the Sharing panel: started when a
// shared project's store opens (data/ProjectStoreProvider.tsx), stopped when it closes.
// Starts and stops run one after another on one chain: switching projects quickly must never
// leave two engines running (the older one would keep writing into a closed store).
// Several windows of one browser profile may have the project open: each writes its own changes
// into the shared local replica, but only the window holding the project's leader lock (Web
// Locks, exclusive, named by the project) replicates and applies what arrives. The others get
// remote changes as they get each other's local ones: the leader's store announces every write
// on the project's BroadcastChannel (shared/store/cross-window.ts) and they reload. When the
// leader window closes, the browser hands the lock to a waiting window, which starts leading.
import type { ProjectStore } from '../../shared/store/project-store';
import type { ProjectId } from '../../shared/model/ids';
import { lockTexts } from '../../shared/sync/text-lock';
import { loadSyncConfig, loadSyncSettings } from './sync-config';
import { SyncEngine } from './sync-engine';
import { holdWindowLock, leaderLockName, windowLockRequests } from './window-lock';

let engine: SyncEngine | null = null;
/** Gives up (or stops waiting for) the current engine's leader lock. */
let releaseLead: () => void = () => {};
/** The store the latest attach asked for; an engine for any other store is stopped. */
let wanted: ProjectStore | null = null;
let chain: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of [...listeners]) l();
};

function serial<T>(task: () => Promise<T>): Promise<T> {
  const p = chain.then(task);
  chain = p.catch(() => undefined);
  return p;
}

export function currentEngine(): SyncEngine | null {
  return engine;
}

export function subscribeEngine(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Test seam: how engines are made (SyncEngine.start in the app). */
let starter: typeof SyncEngine.start = (store, config) => SyncEngine.start(store, config);
export function setEngineStarter(s: typeof SyncEngine.start): void {
  starter = s;
}

/** Starts syncing `store` now (after publish, join or unlock); null when it is not shared. */
export function startEngine(store: ProjectStore): Promise<SyncEngine | null> {
  wanted = store;
  return serial(async () => {
    if (wanted !== store) return null;
    if (engine?.store === store) return engine;
    const config = await loadSyncConfig(store.projectId);
    if (!config || wanted !== store) return null;
    const old = engine;
    engine = null;
    if (old) await stopEngineNow(old);
    const next = await starter(store, config);
    // Another project was opened while this one started: this engine is not current.
    if (wanted !== store) {
      await next.stop();
      notify();
      return null;
    }
    engine = next;
    releaseLead = holdWindowLock(leaderLockName(store.projectId), async () => {
      if (engine === next && !next.isStopped) next.lead();
      notify();
    });
    notify();
    return next;
  });
}

async function stopEngineNow(e: SyncEngine, forget = false): Promise<void> {
  // Stop first, then let the lock go: the next leader must not start while this one replicates.
  const release = releaseLead;
  releaseLead = () => {};
  await e.stop(forget);
  release();
}

/**
 * How many other windows of this browser profile sync `projectId`: each running engine holds or
 * waits for the project's leader lock, this window's own engine included.
 */
export async function otherSyncWindows(projectId: ProjectId): Promise<number> {
  const all = await windowLockRequests(leaderLockName(projectId));
  const mine = engine?.store.projectId === projectId ? 1 : 0;
  return Math.max(0, all - mine);
}

/** Stops the engine of `projectId` (`forget`: also drop its local replica). */
export function stopEngine(projectId: ProjectId, forget = false): Promise<void> {
  if (wanted?.projectId === projectId) wanted = null;
  return serial(async () => {
    if (engine?.store.projectId !== projectId) return;
    const e = engine;
    engine = null;
    notify();
    await stopEngineNow(e, forget);
  });
}

/** For the store provider: sync this store if its project is shared; returns the stop. */
export function attachSync(store: ProjectStore): () => void {
  // A shared project's texts stay as published, engine running or not (shared/sync/text-lock.ts).
  void loadSyncSettings(store.projectId).then(
    (s) => s && lockTexts(store.projectId),
    () => undefined,
  );
  void startEngine(store);
  return () => {
    if (wanted === store) wanted = null;
    void serial(async () => {
      if (engine?.store !== store) return;
      const e = engine;
      engine = null;
      notify();
      await stopEngineNow(e);
    });
  };
}
