// Memo marks for the transcript margin (issue 13.5): the transcript (its owner draws the marks)
// asks `useMemosByParagraph`; the pure selector is shared/analysis/memo-marks.ts.
import { useMemo } from 'react';
import { type MemoMark, memosByParagraph } from '../../shared/analysis/memo-marks';
import type { DocumentId } from '../../shared/model';
import type { Paragraph } from '../../shared/text/paragraphs';
import { useProjectState } from './use-project-store';

export { memosByParagraph, type MemoMark };

/** A memo mark with where its coding starts: the margin draws it beside that line. */
export interface PlacedMemoMark extends MemoMark {
  /** UTF-16 offset where the coding starts (may precede its paragraph: a blank line). */
  readonly start: number;
}

/** The memo marks of one open document's paragraphs, from the store's coding index. */
export function useMemosByParagraph(
  documentId: DocumentId,
  paragraphs: readonly Paragraph[],
): Map<number, PlacedMemoMark[]> {
  const { codings, codingCount, version } = useProjectState();
  return useMemo(
    () => {
      const docCodings = codings.byDocument(documentId);
      const startOf = new Map(docCodings.map((c) => [c.id as string, c.start]));
      const out = new Map<number, PlacedMemoMark[]>();
      for (const [i, marks] of memosByParagraph(paragraphs, docCodings))
        out.set(
          i,
          marks.map((m) => ({ ...m, start: startOf.get(m.codingId) ?? paragraphs[i]?.start ?? 0 })),
        );
      return out;
    },
    // The index object is shared between states; version and count say when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [documentId, paragraphs, codings, codingCount, version],
  );
}
