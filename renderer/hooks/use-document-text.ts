import { errorOf, type AppError } from '../../shared/errors';
import { useEffect, useState } from 'react';
import type { DocumentId } from '../../shared/model';
import { useProjectStore } from './use-project-store';

export type DocumentTextState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly text: string }
  // `error` too, not only the English `reason`: the view translates by code.
  | { readonly status: 'error'; readonly reason: string; readonly error: AppError };

/**
 * One document's text, read once through the store (texts live in their own table and never
 * change after import; only the open document's text is held in memory).
 */
export function useDocumentText(id: DocumentId): DocumentTextState {
  const store = useProjectStore();
  const [loaded, setLoaded] = useState<{ id: DocumentId; state: DocumentTextState } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void store.getDocumentText(id).then((r) => {
      if (cancelled) return;
      setLoaded({
        id,
        state: r.ok
          ? { status: 'ready', text: r.data }
          : { status: 'error', reason: r.reason, error: errorOf(r) },
      });
    });
    return () => {
      cancelled = true;
    };
  }, [store, id]);

  return loaded?.id === id ? loaded.state : { status: 'loading' };
}
