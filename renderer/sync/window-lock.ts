// Web Locks (navigator.locks) for the windows of one browser profile: every window of a shared
// project writes into the same local replica, and exactly one of them (the leader) replicates.
// Where the API is missing (node tests, very old engines) a window is alone: tasks just run.

interface LockManagerLike {
  request<T>(
    name: string,
    options: { signal?: AbortSignal; ifAvailable?: boolean },
    task: (lock: unknown) => Promise<T>,
  ): Promise<T>;
  query?(): Promise<{ held?: { name?: string }[]; pending?: { name?: string }[] }>;
}

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

/** How many requests (held or waiting) the profile's windows have for the lock `name`. */
export async function windowLockRequests(name: string): Promise<number> {
  const snap = await lockManager()?.query?.();
  if (!snap) return 0;
  return [...(snap.held ?? []), ...(snap.pending ?? [])].filter((l) => l.name === name).length;
}

/** Runs `task` while holding the exclusive lock `name` (shared by the profile's windows). */
export function withWindowLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(name, {}, () => task()) : task();
}

/** The lock that makes a window the project's sync leader: one per profile and project. */
export function leaderLockName(projectId: string): string {
  return `mazmun-sync-leader-${projectId}`;
}

/**
 * Waits for the exclusive lock `name`, then calls `onAcquired` and holds the lock until the
 * returned release is called (or the window closes: the browser then passes the lock on to the
 * next window waiting). Releasing before the lock came cancels the wait.
 */
export function holdWindowLock(name: string, onAcquired: () => Promise<void>): () => void {
  const locks = lockManager();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const abort = new AbortController();
  let acquired = false;
  if (!locks) {
    void onAcquired();
    return () => {};
  }
  void locks
    .request(name, { signal: abort.signal }, async () => {
      acquired = true;
      await onAcquired();
      await held;
    })
    .catch(() => undefined); // AbortError: released while still waiting.
  return () => {
    if (!acquired) abort.abort();
    release();
  };
}
