// Memo marks for the transcript margin (issue 13.5): which coding memos start in which paragraph.
// The transcript (its owner draws the marks) asks `useMemosByParagraph`; the pure selector is
// exported for tests and for any other margin.
import { useMemo } from 'react';
import type { Coding, CodingId, DocumentId } from '../../shared/model';
import { type Paragraph, paragraphIndexAt } from '../../shared/text/paragraphs';
import { useProjectState } from './use-project-store';

export interface MemoMark {
  readonly codingId: CodingId;
  readonly codeId: Coding['codeId'];
  /** The memo's first non-empty line (a tooltip; the whole memo is in the coding's popover). */
  readonly firstLine: string;
}

/**
 * Paragraph index → the memos of the codings that START in that paragraph, in text order. A
 * coding spanning several paragraphs is marked once, where it begins; empty memos are no mark.
 */
export function memosByParagraph(
  paragraphs: readonly Paragraph[],
  codings: Iterable<Coding>,
): Map<number, MemoMark[]> {
  const sorted = [...codings]
    .filter((c) => c.memo.trim() !== '')
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out = new Map<number, MemoMark[]>();
  for (const c of sorted) {
    const i = paragraphIndexAt(paragraphs, c.start);
    if (i >= paragraphs.length) continue;
    const line = c.memo.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    const marks = out.get(i) ?? [];
    marks.push({ codingId: c.id, codeId: c.codeId, firstLine: line.trim() });
    out.set(i, marks);
  }
  return out;
}

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
