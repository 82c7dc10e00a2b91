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
 * One document's text, read through the store (texts live in their own table and change only
 * when normalized or that undone: read again then; only the open document's text is held).
 */
export function useDocumentText(id: DocumentId): DocumentTextState {
  const store = useProjectStore();
  const [loaded, setLoaded] = useState<{ id: DocumentId; state: DocumentTextState } | null>(null);
  // Bumped when a command rewrites this text in place (normalization, or its undo): read again.
  const [revision, setRevision] = useState(0);
  useEffect(
    () =>
      store.onLocalChanges((changes) => {
        if ((changes.documentTexts ?? []).some((r) => r.before && r.after?.id === id))
          setRevision((n) => n + 1);
      }),
    [store, id],
  );

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
  }, [store, id, revision]);

  return loaded?.id === id ? loaded.state : { status: 'loading' };
}
