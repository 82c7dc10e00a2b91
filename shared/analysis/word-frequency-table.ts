// Word frequency rows as the exports render them: a Table for CSV (the screen's download and the
// CLI's --format csv), and the CLI's JSON shape.
import type { Table } from '../export/table';
import type { WordFrequency, WordRow } from './word-frequency';

export interface WordColumns {
  readonly word: string;
  readonly count: string;
  readonly documents: string;
  readonly percent: string;
}

export const ENGLISH_WORD_COLUMNS: WordColumns = {
  word: 'word',
  count: 'count',
  documents: 'documents',
  percent: 'percent',
};

/** The top `top` rows (all when null). */
export function topWords(result: WordFrequency, top: number | null): readonly WordRow[] {
  return top === null ? result.rows : result.rows.slice(0, Math.max(0, top));
}

/** Percent with two decimals, as a number (the CSV keeps numbers numbers). */
const percent2 = (p: number): number => Math.round(p * 100) / 100;

export function wordsTable(rows: readonly WordRow[], columns: WordColumns): Table {
  return {
    columns: [columns.word, columns.count, columns.documents, columns.percent],
    rows: rows.map((r) => [r.word, r.count, r.documents, percent2(r.percent)]),
  };
}

/** `mazmun words --format json`: {"words": [{"word", "count", "documents"}], "tokens"}. */
export function wordsJson(rows: readonly WordRow[], result: WordFrequency) {
  return {
    words: rows.map((r) => ({ word: r.word, count: r.count, documents: r.documents })),
    tokens: result.tokens,
  };
}
