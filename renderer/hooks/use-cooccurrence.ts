import { useEffect, useMemo, useState } from 'react';
import type { ThemeLevel } from '../../shared/analysis/code-tree';
import {
  computeCooccurrence,
  type CooccurrenceMatrix,
  type CooccurrenceMode,
  type Span,
} from '../../shared/analysis/cooccurrence';
import { codingsOfCoders } from '../../shared/analysis/coder-scope';
import type { DocumentId } from '../../shared/model';
import { coderIdsOf, type CoderChoice } from './use-coder-filter';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { useProjectState, useProjectStore } from './use-project-store';

/**
 * The co-occurrence matrix of the open project. 'paragraph' needs the transcripts' paragraphs:
 * the texts of the coded documents are read once (texts never change after import) and split as
 * the coding view splits them; until then the matrix is computed without them.
 */
export function useCooccurrence(
  level: ThemeLevel,
  mode: CooccurrenceMode,
  /** Whose codings count ('' : all coders). */
  coder: CoderChoice = '',
): { readonly matrix: CooccurrenceMatrix; readonly loadingTexts: boolean } {
  const state = useProjectState();
  const store = useProjectStore();
  const [paragraphs, setParagraphs] = useState<ReadonlyMap<DocumentId, readonly Span[]>>(new Map());

  const needed = useMemo(() => {
    if (mode !== 'paragraph') return [];
    const coded = new Set<DocumentId>();
    for (const c of state.codings.values()) coded.add(c.documentId);
    return [...coded].filter((id) => !paragraphs.has(id));
  }, [mode, state, paragraphs]);

  useEffect(() => {
    if (needed.length === 0) return;
    let cancelled = false;
    void Promise.all(needed.map(async (id) => [id, await store.getDocumentText(id)] as const)).then(
      (loaded) => {
        if (cancelled) return;
        setParagraphs((prev) => {
          const next = new Map(prev);
          for (const [id, r] of loaded) next.set(id, r.ok ? splitParagraphs(r.data) : []);
          return next;
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [needed, store]);

  const matrix = useMemo(
    () =>
      computeCooccurrence({
        codes: state.codes,
        codings: codingsOfCoders(state.codings.values(), coderIdsOf(coder)),
        level,
        mode,
        paragraphs,
      }),
    [state, level, mode, paragraphs, coder],
  );
  return { matrix, loadingTexts: needed.length > 0 };
}
