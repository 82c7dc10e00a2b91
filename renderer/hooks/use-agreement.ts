import { useEffect, useMemo, useState } from 'react';
import {
  computeAgreement,
  prepareDocuments,
  type AgreementResult,
  type PreparedDocument,
} from '../../shared/analysis/agreement';
import {
  computeUnitAlpha,
  type AlphaUnitKind,
  type UnitAlphaResult,
} from '../../shared/analysis/agreement-units';
import type { Coder, CoderId, DocumentId } from '../../shared/model';
import { useProjectState, useProjectStore } from './use-project-store';

/**
 * The texts of every document of the open project, read once through the store: agreement
 * counts code points and shows passages, and texts are not kept in the store's memory. Texts
 * never change after import, so a text read stays valid; new documents are read as they come.
 */
function useDocumentTexts(): { texts: ReadonlyMap<DocumentId, string>; loading: boolean } {
  const store = useProjectStore();
  const { documents } = useProjectState();
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

function usePreparedDocuments(): { documents: PreparedDocument[]; loading: boolean } {
  const { documents } = useProjectState();
  const { texts, loading } = useDocumentTexts();
  const prepared = useMemo(
    () =>
      prepareDocuments(
        documents.map((d) => ({ id: d.id, title: d.title, text: texts.get(d.id) ?? '' })),
      ),
    [documents, texts],
  );
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

/** Agreement of two coders over the open project (every document), recomputed on each change. */
export function useAgreement(coderA: CoderId | null, coderB: CoderId | null): AgreementState {
  const state = useProjectState();
  const { documents, loading } = usePreparedDocuments();
  const result = useMemo(
    () =>
      coderA && coderB && !loading
        ? computeAgreement({
            codes: state.codes,
            documents,
            codings: state.codings.values(),
            coderA,
            coderB,
          })
        : null,
    [state, documents, loading, coderA, coderB],
  );
  return result ? { status: 'ready', result } : { status: 'loading' };
}

/** Krippendorff's alpha over paragraphs (or speaker turns) × codes, for all coders who coded. */
export function useUnitAlpha(unit: AlphaUnitKind): UnitAlphaResult | null {
  const state = useProjectState();
  const coders = useCodersWithCodings();
  const { documents, loading } = usePreparedDocuments();
  return useMemo(
    () =>
      loading || coders.length < 2
        ? null
        : computeUnitAlpha({
            codes: state.codes,
            documents,
            codings: state.codings.values(),
            coders: coders.map((c) => c.id),
            unit,
          }),
    [state, coders, documents, loading, unit],
  );
}
