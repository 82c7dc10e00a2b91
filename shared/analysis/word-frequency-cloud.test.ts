import { describe, expect, it } from 'vitest';
import type { WordRow } from './word-frequency';
import { cloudWords } from './word-frequency-cloud';

const row = (key: string, count: number): WordRow => ({
  key,
  word: key,
  count,
  documents: 1,
  percent: 0,
});

describe('cloudWords', () => {
  it('sizes by the square root of the count between the bounds, in key order', () => {
    // Counts 1, 4, 9: square roots 1, 2, 3 → sizes 1, 2, 3 em between 1 and 3.
    const words = cloudWords([row('c', 9), row('a', 4), row('b', 1)], 1, 3);
    expect(words.map((w) => [w.key, w.size])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('gives equal counts the middle size, and nothing for no rows', () => {
    expect(cloudWords([row('x', 5), row('y', 5)], 1, 2).map((w) => w.size)).toEqual([1.5, 1.5]);
    expect(cloudWords([])).toEqual([]);
  });
});
