import { errorOf, type AppError } from '../../shared/errors';
import { useEffect, useMemo, useState } from 'react';
import type { CaseId, DocumentId } from '../../shared/model';
import type { SearchMode } from '../../shared/search/match';
import type { SearchResult } from '../../shared/search/search-index';
import { searchDocumentIds } from './search-scope';
import { useAnalysisScope } from './use-analysis-scope';
import { useProjectState } from './use-project-store';
import { useSearchIndex } from './use-search-index';

export interface TextSearchQuery {
  readonly text: string;
  readonly mode: SearchMode;
  readonly wholeWord: boolean;
  /** Documents to search (a case filter, the set scope), or null for all. */
  readonly documentIds: readonly DocumentId[] | null;
}

export type TextSearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching' }
  // The first search after opening answers as the texts are read: hits so far, and how far.
  | {
      readonly status: 'partial';
      readonly result: SearchResult;
      readonly searched: number;
      readonly total: number;
    }
  | { readonly status: 'done'; readonly result: SearchResult; readonly ms: number }
  // `error` too, not only the English `reason`: the view translates by code.
  | { readonly status: 'error'; readonly reason: string; readonly error: AppError };

/** Hits shown with context; the count covers them all, and auto-coding/export take them all. */
export const SHOWN_HITS = 2000;
/** Typing pauses this long before a search runs. */
const DEBOUNCE_MS = 200;

/**
 * The documents the search looks in: the form's case (null: any) within the shared set scope
 * (use-analysis-scope.ts, the picker of the report, charts and Analysis). null: every document.
 */
export function useSearchDocumentIds(caseId: CaseId | null): readonly DocumentId[] | null {
  const { documents } = useProjectState();
  const scope = useAnalysisScope();
  return useMemo(() => searchDocumentIds(documents, caseId, scope), [documents, caseId, scope]);
}

/** Searches the open project's texts (in memory after the first load) as the query changes. */
export function useTextSearch(query: TextSearchQuery): TextSearchState {
  const { index } = useSearchIndex();
  // A new documents list (added, removed) reruns the search.
  const documents = useProjectState().documents;
  const [state, setState] = useState<{ key: string; value: TextSearchState } | null>(null);
  const subsetKey = query.documentIds?.join(',') ?? '*';
  const key = `${query.text}\u0000${query.mode}\u0000${query.wholeWord}\u0000${subsetKey}`;
  const empty = query.text.trim() === '';

  useEffect(() => {
    if (empty) return;
    // A new query (or leaving the view) aborts this one: no more partial results from it.
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const t0 = performance.now();
      void index
        .searchProgressively(
          query.text,
          {
            mode: query.mode,
            wholeWord: query.wholeWord,
            documentIds: subsetKey === '*' ? null : (subsetKey.split(',') as DocumentId[]),
            maxHits: SHOWN_HITS,
          },
          (p) => setState({ key, value: { status: 'partial', ...p } }),
          abort.signal,
        )
        .then((r) => {
          if (abort.signal.aborted) return;
          setState({
            key,
            value: r.ok
              ? { status: 'done', result: r.data, ms: performance.now() - t0 }
              : { status: 'error', reason: r.reason, error: errorOf(r) },
          });
        });
    }, DEBOUNCE_MS);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
    // `key` stands for the query's fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, key, documents, empty]);

  if (empty) return { status: 'idle' };
  return state?.key === key ? state.value : { status: 'searching' };
}
