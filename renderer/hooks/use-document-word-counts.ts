import { useEffect, useState } from 'react';
import type { DocumentId, DocumentMeta } from '../../shared/model';
import { countWords } from '../views/transcript/paragraphs';
import { useProjectStore } from './use-project-store';

// Texts never change after import, so a document's word count is computed once per session.
const cache = new Map<DocumentId, number>();

/**
 * Word counts of the listed documents, filled in as their texts are read (one at a time, so a
 * thousand transcripts never sit in memory together). Missing entries are still being counted.
 */
export function useDocumentWordCounts(
  documents: readonly DocumentMeta[],
): ReadonlyMap<DocumentId, number> {
  const store = useProjectStore();
  const [, setTick] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const todo = documents.filter((d) => !cache.has(d.id));
    if (todo.length === 0) return;
    void (async () => {
      let lastPaint = 0;
      for (const [i, d] of todo.entries()) {
        if (cancelled) return;
        const r = await store.getDocumentText(d.id);
        if (r.ok) cache.set(d.id, countWords(r.data));
        // Repaint every 20 documents and at the end, not once per document.
        if (i === todo.length - 1 || i - lastPaint >= 20) {
          lastPaint = i;
          if (!cancelled) setTick((t) => t + 1);
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [store, documents]);

  return cache;
}
