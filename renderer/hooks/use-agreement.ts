import { useEffect, useMemo, useState } from 'react';
import type { AgreementResult, PreparedDocument } from '../../shared/analysis/agreement';
import type { AlphaUnitKind, UnitAlphaResult } from '../../shared/analysis/agreement-units';
import type { Coder, CoderId, DocumentId, DocumentMeta } from '../../shared/model';
import { agreementInScope, preparedInScope, unitAlphaInScope } from './agreement-scope';
import type { AnalysisScope } from './analysis-scope';
import { useAnalysisScope } from './use-analysis-scope';
import { useProjectState, useProjectStore } from './use-project-store';

/**
 * The texts of the documents in scope, read once through the store: agreement counts code
 * points and shows passages, and texts are not kept in the store's memory. Texts never change
 * after import, so a text read stays valid; new documents (or a wider scope) are read as they come.
 */
function useDocumentTexts(documents: readonly DocumentMeta[]): {
  texts: ReadonlyMap<DocumentId, string>;
  loading: boolean;
} {
  const store = useProjectStore();
  const [texts, setTexts] = useState<ReadonlyMap<DocumentId, string>>(new Map());
  useEffect(() => {
    let cancelled = false;
    const missing = documents.filter((d) => !texts.has(d.id));
    if (missing.length === 0) return;
    void Promise.all(
      missing.map(async (d) => {
        const r = await store.getDocumentText(d.id);
        return [d.id, r.ok ? r.data : ''] as const;
      }),
    ).then((read) => {
      if (cancelled) return;
      setTexts((prev) => {
        const next = new Map(prev);
        for (const [id, text] of read) next.set(id, text);
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
    // `texts` is left out on purpose: reading it again after each load would only find nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, documents]);
  const loading = documents.some((d) => !texts.has(d.id));
  return { texts, loading };
}

/** The documents of the shared set scope (use-analysis-scope.ts), with their texts. */
function usePreparedDocuments(scope: AnalysisScope): {
  documents: PreparedDocument[];
  loading: boolean;
} {
  const { texts, loading } = useDocumentTexts(scope.documents);
  const prepared = useMemo(() => preparedInScope(scope, texts), [scope, texts]);
  return { documents: prepared, loading };
}

/** The project's coders who coded something, by name: the ones agreement can compare. */
export function useCodersWithCodings(): readonly Coder[] {
  const state = useProjectState();
  return useMemo(() => {
    const used = new Set<CoderId | null>();
    for (const c of state.codings.values()) used.add(c.coderId);
    return state.coders.filter((c) => used.has(c.id));
  }, [state]);
}

export type AgreementState =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly result: AgreementResult };

/**
 * Agreement of two coders over the documents in the shared set scope (every document without a
 * set), recomputed on each change.
 */
export function useAgreement(coderA: CoderId | null, coderB: CoderId | null): AgreementState {
  const state = useProjectState();
  const scope = useAnalysisScope();
  const { documents, loading } = usePreparedDocuments(scope);
  const result = useMemo(
    () =>
      coderA && coderB && !loading
        ? agreementInScope({ codes: state.codes, scope, documents, coderA, coderB })
        : null,
    [state, scope, documents, loading, coderA, coderB],
  );
  return result ? { status: 'ready', result } : { status: 'loading' };
}

/**
 * Krippendorff's alpha over paragraphs (or speaker turns) × codes, for all coders who coded,
 * over the documents in the shared set scope.
 */
export function useUnitAlpha(unit: AlphaUnitKind): UnitAlphaResult | null {
  const state = useProjectState();
  const coders = useCodersWithCodings();
  const scope = useAnalysisScope();
  const { documents, loading } = usePreparedDocuments(scope);
  return useMemo(
    () =>
      loading || coders.length < 2
        ? null
        : unitAlphaInScope({
            codes: state.codes,
            scope,
            documents,
            coders: coders.map((c) => c.id),
            unit,
          }),
    [state, scope, coders, documents, loading, unit],
  );
}
