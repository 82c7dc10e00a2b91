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

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * Each paragraph reads in its own direction: a Persian answer quoted in an English transcript (or
 * the reverse) is laid out right to left even though the document is left to right. The majority
 * of strong letters decides, not the first one (`dir="auto"` would flip a Persian paragraph that
 * opens with "OK," or a Latin speaker name). Too few letters, or no clear majority: the document's.
 */
export function paragraphDirection(
  content: string,
  documentDir: 'rtl' | 'ltr' | 'auto',
): 'rtl' | 'ltr' | 'auto' {
  let rtl = 0;
  let ltr = 0;
  for (const ch of content.length > 4000 ? content.slice(0, 4000) : content) {
    if (RTL_LETTER.test(ch)) rtl++;
    else if (LTR_LETTER.test(ch)) ltr++;
  }
  const strong = rtl + ltr;
  if (strong < 3) return documentDir;
  if (rtl >= strong * 0.7) return 'rtl';
  if (ltr >= strong * 0.7) return 'ltr';
  return documentDir;
}
