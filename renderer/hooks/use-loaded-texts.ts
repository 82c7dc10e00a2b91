// The texts of a few documents, read through the store once each and kept (texts do not change
// under an analysis): what a passage list or the paragraph mode needs, without reading a whole
// project. Shared by the retrieval (and network) passages, the crosstab/co-occurrence passages and
// the co-occurrence paragraphs.
import { useEffect, useMemo, useState } from 'react';
import type { DocumentId } from '../../shared/model';
import { useProjectStore } from './use-project-store';

/**
 * `wanted` documents' texts as `shape` makes them (a module-level function: it is not a
 * dependency); a document that cannot be read (deleted meanwhile) gets `shape('')`, so it is not
 * asked for again. `loading` while any wanted text is still being read.
 */
export function useLoadedTexts<T>(
  wanted: readonly DocumentId[],
  shape: (text: string) => T,
): { readonly texts: ReadonlyMap<DocumentId, T>; readonly loading: boolean } {
  const store = useProjectStore();
  const [texts, setTexts] = useState<ReadonlyMap<DocumentId, T>>(new Map());
  const needed = useMemo(
    () => [...new Set(wanted)].filter((id) => !texts.has(id)),
    [wanted, texts],
  );

  useEffect(() => {
    if (needed.length === 0) return;
    let cancelled = false;
    void Promise.all(needed.map(async (id) => [id, await store.getDocumentText(id)] as const)).then(
      (loaded) => {
        if (cancelled) return;
        setTexts((prev) => {
          const next = new Map(prev);
          for (const [id, r] of loaded) next.set(id, shape(r.ok ? r.data : ''));
          return next;
        });
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `shape` is module-level
  }, [needed, store]);

  return { texts, loading: needed.length > 0 };
}
