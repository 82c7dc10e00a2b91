// Memo marks for the transcript margin (issue 13.5): which coding memos start in which
// paragraph. Pure; renderer/hooks/use-memos-by-paragraph.ts feeds it the open document's codings.
import type { Coding, CodingId } from '../model';
import { type Paragraph, paragraphIndexAt } from '../text/paragraphs';

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
