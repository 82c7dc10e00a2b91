// A transcript is shown one paragraph per non-empty line. Each paragraph keeps its UTF-16 start
// and end in the whole text, so a selection inside it maps back to document offsets directly.

export interface Paragraph {
  /** Position among the shown paragraphs (0-based); the margin shows index + 1. */
  readonly index: number;
  /** UTF-16 offset of the first character in the document text. */
  readonly start: number;
  /** Exclusive; the '\n' after the paragraph is not part of it. */
  readonly end: number;
}

/** Splits on '\n' (the importers normalize line endings); blank lines are not paragraphs. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // A line of only spaces is blank too; a stray '\r' is not text either.
    if (text.slice(start, end).trim() !== '') out.push({ index: out.length, start, end });
    start = end + 1;
  }
  return out;
}

/**
 * Index of the paragraph containing `offset`, or of the next one when it falls between
 * paragraphs (in a blank line or on a '\n'); paragraphs.length when past the last one.
 */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  // First paragraph whose end is beyond the offset.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as Paragraph).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices [first, last] of the paragraphs a range [start, end) touches, or null if none. */
export function paragraphSpan(
  paragraphs: readonly Paragraph[],
  start: number,
  end: number,
): { first: number; last: number } | null {
  const first = paragraphIndexAt(paragraphs, start);
  const p = paragraphs[first];
  if (!p || p.start >= end) return null;
  let last = paragraphIndexAt(paragraphs, Math.max(start, end - 1));
  const q = paragraphs[last];
  if (!q || q.start >= end) last--;
  return { first, last };
}

/** Words in a text: runs of non-space characters (a ZWNJ half-space joins, it does not split). */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
