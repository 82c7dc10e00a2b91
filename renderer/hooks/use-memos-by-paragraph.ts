// Memo marks for the transcript margin (issue 13.5): the transcript (its owner draws the marks)
// asks `useMemosByParagraph`; the pure selector is shared/analysis/memo-marks.ts.
import { useMemo } from 'react';
import { type MemoMark, memosByParagraph } from '../../shared/analysis/memo-marks';
import type { DocumentId } from '../../shared/model';
import type { Paragraph } from '../../shared/text/paragraphs';
import { useProjectState } from './use-project-store';

export { memosByParagraph, type MemoMark };

/** The memo marks of one open document's paragraphs, from the store's coding index. */
export function useMemosByParagraph(
  documentId: DocumentId,
  paragraphs: readonly Paragraph[],
): Map<number, MemoMark[]> {
  const { codings, codingCount, version } = useProjectState();
  return useMemo(
    () => memosByParagraph(paragraphs, codings.byDocument(documentId)),
    // The index object is shared between states; version and count say when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [documentId, paragraphs, codings, codingCount, version],
  );
}
