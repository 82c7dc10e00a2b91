import { createContext, useEffect, useState, type ReactNode } from 'react';
import { openProjectStore, type ProjectStore } from '../../shared/store/project-store';
import type { ProjectId } from '../../shared/model';
import { useWorkspace } from '../hooks/use-workspace';
import { getDb } from './database';
import { reportStorageFailure } from './storage-alerts';
import { attachSync } from '../sync/sync-runtime';

export type StoreStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading'; readonly projectId: ProjectId }
  | { readonly kind: 'ready'; readonly store: ProjectStore }
  | { readonly kind: 'error'; readonly message: string };

export const ProjectStoreContext = createContext<StoreStatus>({ kind: 'none' });

/**
 * Opens the in-memory store of the current project once (all codings read a single time) and
 * closes it when another project is opened. Every view reads counts from this store, never
 * from a live query over all codings.
 */
export function ProjectStoreProvider({ children }: { children: ReactNode }) {
  const { projectId } = useWorkspace();
  // What the last open attempt gave, tagged with its project: a result for another project
  // reads as "loading", so no state needs resetting synchronously when the project changes.
  const [result, setResult] = useState<{
    readonly projectId: ProjectId;
    readonly status: StoreStatus;
  } | null>(null);

  useEffect(() => {
    if (!projectId) return;
    let cancelled = false;
    let opened: ProjectStore | null = null;
    let detachSync = () => {};
    const report = (status: StoreStatus) => setResult({ projectId, status });
    openProjectStore(getDb(), projectId).then(
      (store) => {
        if (cancelled) {
          store.close();
          return;
        }
        opened = store;
        store.onFailure(reportStorageFailure);
        detachSync = attachSync(store);
        report({ kind: 'ready', store });
      },
      (e: unknown) => {
        if (!cancelled)
          report({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      cancelled = true;
      detachSync();
      opened?.close();
    };
  }, [projectId]);

  const status: StoreStatus = !projectId
    ? { kind: 'none' }
    : result?.projectId === projectId
      ? result.status
      : { kind: 'loading', projectId };
  return <ProjectStoreContext.Provider value={status}>{children}</ProjectStoreContext.Provider>;
}
