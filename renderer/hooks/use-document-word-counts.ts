import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DocumentId, DocumentMeta } from '../../shared/model';
import { countWords } from '../../shared/text/paragraphs';
import { charsPerWord, estimateWords } from '../../shared/text/word-estimate';
import { useProjectStore } from './use-project-store';

// Texts never change after import, so a document's word count is computed once per session.
const cache = new Map<DocumentId, { readonly length: number; readonly words: number }>();
let version = 0;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const getVersion = () => version;
function published() {
  version++;
  for (const l of [...listeners]) l();
}

/** Wait this long after the visible rows change before reading: a fast scroll reads nothing. */
const SETTLE_MS = 120;

export interface WordCount {
  readonly value: number;
  /** False while the text has not been read: `value` is estimated from its length. */
  readonly exact: boolean;
}

export interface DocumentWordCounts {
  readonly get: (doc: DocumentMeta) => WordCount;
}

/**
 * Word counts of any document: counted when its text was read, otherwise estimated from its
 * length at the characters-per-word ratio of those counted. Re-renders once per counted batch.
 */
export function useDocumentWordCounts(): DocumentWordCounts {
  const v = useSyncExternalStore(subscribe, getVersion, getVersion);
  return useMemo(() => {
    const ratio = charsPerWord(cache.values());
    return {
      version: v,
      get: (doc: DocumentMeta): WordCount => {
        const hit = cache.get(doc.id);
        return hit
          ? { value: hit.words, exact: true }
          : { value: estimateWords(doc.length, ratio), exact: false };
      },
    };
  }, [v]);
}

/**
 * Reads and counts the texts of `visible` documents not counted yet, one at a time (thousands of
 * transcripts never sit in memory together), once the list has stopped moving for a moment.
 */
export function useCountVisibleWords(visible: readonly DocumentMeta[]): void {
  const store = useProjectStore();
  const todoKey = visible
    .filter((d) => !cache.has(d.id))
    .map((d) => d.id)
    .join(' ');

  useEffect(() => {
    if (!todoKey) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void (async () => {
        let counted = 0;
        for (const id of todoKey.split(' ') as DocumentId[]) {
          if (cancelled) break;
          if (cache.has(id)) continue;
          const r = await store.getDocumentText(id);
          if (r.ok) {
            cache.set(id, { length: r.data.length, words: countWords(r.data) });
            counted++;
          }
        }
        // Counts read before a cancel stay in the cache: show them too.
        if (counted > 0) published();
      })();
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [store, todoKey]);
}
