import { useMemo } from 'react';
import type { ThemeLevel } from '../../shared/analysis/code-tree';
import {
  computeCooccurrence,
  type CooccurrenceMatrix,
  type CooccurrenceMode,
} from '../../shared/analysis/cooccurrence';
import { codingsOfCoders } from '../../shared/analysis/coder-scope';
import type { DocumentId } from '../../shared/model';
import { coderIdsOf, type CoderChoice } from './use-coder-filter';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { useAnalysisScope } from './use-analysis-scope';
import { useLoadedTexts } from './use-loaded-texts';
import { useProjectState } from './use-project-store';

/**
 * The co-occurrence matrix of the open project. 'paragraph' needs the transcripts' paragraphs:
 * the texts of the coded documents are read once (texts never change after import) and split as
 * the coding view splits them; until then the matrix is computed without them. Limited to the
 * report's document set (use-analysis-scope.ts).
 */
export function useCooccurrence(
  level: ThemeLevel,
  mode: CooccurrenceMode,
  /** Whose codings count ('' : all coders). */
  coder: CoderChoice = '',
): { readonly matrix: CooccurrenceMatrix; readonly loadingTexts: boolean } {
  const state = useProjectState();
  const scope = useAnalysisScope();
  // Only the paragraph mode reads texts: those of the coded documents in scope.
  const coded = useMemo(() => {
    if (mode !== 'paragraph') return [];
    const ids = new Set<DocumentId>();
    for (const c of scope.codings()) ids.add(c.documentId);
    return [...ids];
  }, [mode, scope]);
  const { texts: paragraphs, loading } = useLoadedTexts(coded, splitParagraphs);

  const matrix = useMemo(
    () =>
      computeCooccurrence({
        codes: state.codes,
        codings: codingsOfCoders(scope.codings(), coderIdsOf(coder)),
        level,
        mode,
        paragraphs,
      }),
    [state, scope, level, mode, paragraphs, coder],
  );
  return { matrix, loadingTexts: loading };
}
