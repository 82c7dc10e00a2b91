// Word counts need the text, which is not kept in memory. Until a document's text has been read
// (only visible rows are read), its count is estimated from its length in characters, at the
// characters-per-word ratio of the documents counted so far in this session.

/** Characters per word (spaces included) when nothing has been counted yet: typical of Persian prose. */
export const FALLBACK_CHARS_PER_WORD = 6;

export interface WordSample {
  readonly length: number;
  readonly words: number;
}

/** Characters per word over the counted documents; the fallback when none has words. */
export function charsPerWord(samples: Iterable<WordSample>): number {
  let chars = 0;
  let words = 0;
  for (const s of samples) {
    chars += s.length;
    words += s.words;
  }
  return words > 0 ? chars / words : FALLBACK_CHARS_PER_WORD;
}

/** An estimate of the words of a text of `length` characters (0 for an empty text). */
export function estimateWords(length: number, ratio: number): number {
  if (length <= 0) return 0;
  return Math.max(1, Math.round(length / ratio));
}
