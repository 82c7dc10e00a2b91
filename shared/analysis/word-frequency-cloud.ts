// The word cloud's words: the same rows as the table, each given a font size. The cloud is laid
// out by the browser's own line breaking (a wrapped row of words, docs/words.md): no overlaps by
// construction, Persian shaped by the text engine, every word a real, focusable button.
import type { WordRow } from './word-frequency';

export interface CloudWord {
  readonly key: string;
  readonly word: string;
  readonly count: number;
  /** Font size in em, between the bounds given. */
  readonly size: number;
}

/**
 * Sizes by the square root of the count (a word's area then grows about as its count), the
 * rarest shown at `minEm`, the commonest at `maxEm`; words in alphabetical order of their keys,
 * so that size, not place, carries the count.
 */
export function cloudWords(rows: readonly WordRow[], minEm = 0.9, maxEm = 2.6): CloudWord[] {
  if (rows.length === 0) return [];
  const counts = rows.map((r) => Math.sqrt(r.count));
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const size = (c: number) =>
    hi === lo ? (minEm + maxEm) / 2 : minEm + ((Math.sqrt(c) - lo) / (hi - lo)) * (maxEm - minEm);
  return rows
    .map((r) => ({
      key: r.key,
      word: r.word,
      count: r.count,
      size: Math.round(size(r.count) * 100) / 100,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
