// Where heavy jobs run: a dedicated Worker (the app), or inline on this thread where no Worker
// can start (Vitest under Node, a page that refuses the worker script). Both speak the same
// messages, so the client (heavy-work-client.ts) does not know which it has.
import { MazmunDb } from '../../shared/db/database';
import { openDatabase } from '../../shared/db/open-database';
import type { Result } from '../../shared/model/snapshot';
import type { ToWorker } from '../../shared/worker-protocol';

export interface HeavyTransport {
  readonly where: 'worker' | 'inline';
  post(message: ToWorker, transfer: Transferable[]): void;
  /** Messages from the worker (unchecked: the client parses them). */
  listen(onMessage: (data: unknown) => void, onCrash: (why: string) => void): void;
  /** Stops it: a Worker is terminated at once; inline work can only be ignored from now on. */
  terminate(): void;
}

export type SpawnTransport = () => HeavyTransport;

/** A connection of the jobs' own, as in the worker (the page's stays the store's). */
const openAppDb = (): Promise<Result<MazmunDb>> => openDatabase(new MazmunDb());

/**
 * The jobs on this thread, answered asynchronously as a Worker would. The job code is loaded
 * on first use, so the page's own bundle does not carry the importers and exporters.
 */
export function inlineTransport(
  openDb: () => Promise<Result<MazmunDb>> = openAppDb,
): HeavyTransport {
  let listener: ((data: unknown) => void) | null = null;
  let dead = false;
  const handler = import('./heavy-work-handler').then((m) =>
    m.createHeavyWorkHandler((message) => {
      if (!dead) queueMicrotask(() => listener?.(message));
    }, openDb),
  );
  return {
    where: 'inline',
    post: (message) => void handler.then((h) => h.onMessage(message)),
    listen(onMessage) {
      listener = onMessage;
      void handler.then(() => !dead && listener?.({ type: 'ready' }));
    },
    terminate() {
      dead = true;
      listener = null;
    },
  };
}

/** The app's worker; null when this page cannot start one. */
export function workerTransport(): HeavyTransport | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    // Vite bundles the entry and rewrites this URL to the emitted file (CSP: worker-src 'self').
    worker = new Worker(new URL('./heavy-work.worker.ts', import.meta.url), {
      type: 'module',
      name: 'mazmun-heavy-work',
    });
  } catch {
    return null;
  }
  return {
    where: 'worker',
    post: (message, transfer) => worker.postMessage(message, transfer),
    listen(onMessage, onCrash) {
      worker.onmessage = (e) => onMessage(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        onCrash(e.message || 'the worker stopped');
      };
      worker.onmessageerror = () => onCrash('a message could not be read');
    },
    terminate: () => worker.terminate(),
  };
}

/** A Worker where one can start, else inline. */
export const defaultSpawn: SpawnTransport = () => workerTransport() ?? inlineTransport();
