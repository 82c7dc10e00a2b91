import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { documentTextLoader } from '../../shared/search/load-texts';
import { type IndexProgress, SearchIndex } from '../../shared/search/search-index';
import type { DocumentId } from '../../shared/model';
import type { ProjectStore } from '../../shared/store/project-store';
import { getDb } from '../data/database';
import { useProjectStore, useStoreStatus } from './use-project-store';

// One search index per open project store. It lives as long as the store object (a WeakMap key),
// so closing the project frees the texts with it.
const indexes = new WeakMap<ProjectStore, SearchIndex>();

/** Resolves after the browser reports idle time (or a short timeout where there is none). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof globalThis.requestIdleCallback === 'function')
      globalThis.requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 16);
  });
}

/** The search index of this store, created on first use and kept in step with its documents. */
export function searchIndexFor(store: ProjectStore): SearchIndex {
  const existing = indexes.get(store);
  if (existing) return existing;
  const index = new SearchIndex({
    loadTexts: documentTextLoader(getDb(), store.projectId),
    chunkSize: 40,
    idle,
  });
  let documents = store.getState().documents;
  index.setDocuments(documents.map((d) => d.id));
  // Only a new documents list (added, removed, renamed, reordered) needs a look at the ids.
  store.subscribe(() => {
    const next = store.getState().documents;
    if (next === documents) return;
    const same =
      next.length === documents.length && next.every((d, i) => d.id === documents[i]?.id);
    documents = next;
    if (!same) {
      index.setDocuments(next.map((d) => d.id));
      void index.warm();
    }
  });
  // A text rewritten in place (normalized, or that undone) is read again.
  store.onLocalChanges((changes) => {
    const ids = (changes.documentTexts ?? []).flatMap((r) =>
      r.before && r.after ? [r.after.id] : [],
    );
    if (ids.length === 0) return;
    index.forget(ids as DocumentId[]);
    void index.warm();
  });
  indexes.set(store, index);
  return index;
}

/**
 * Warms the open project's search index in idle time after it opens, so the first search does
 * not wait for ~1 s of text reads. Mounted once by the app shell; never delays the first paint.
 */
export function useSearchWarmup(): void {
  const status = useStoreStatus();
  const store = status.kind === 'ready' ? status.store : null;
  useEffect(() => {
    if (!store) return;
    let cancelled = false;
    void idle().then(() => {
      if (!cancelled) void searchIndexFor(store).warm();
    });
    return () => {
      cancelled = true;
    };
  }, [store]);
}

/** The open project's search index and how much of it is loaded. */
export function useSearchIndex(): { index: SearchIndex; progress: IndexProgress } {
  const store = useProjectStore();
  const index = searchIndexFor(store);
  const subscribe = useCallback((notify: () => void) => index.onProgress(notify), [index]);
  // The progress object is rebuilt on every read, so snapshot a stable string and parse it.
  const snapshot = useSyncExternalStore(
    subscribe,
    () => `${index.progress.loaded}/${index.progress.total}`,
  );
  const [loaded, total] = snapshot.split('/').map(Number) as [number, number];
  return { index, progress: { loaded, total } };
}
