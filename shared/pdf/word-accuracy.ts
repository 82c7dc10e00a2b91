// Word-for-word comparison of an extracted text with its source: the share of the source's words
// found, in order, in the extraction (longest common subsequence of words). Used by the PDF tests
// and by anyone checking an extraction by hand.

export interface WordAccuracy {
  readonly matched: number;
  readonly total: number;
  readonly share: number;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export function wordAccuracy(expected: string, actual: string): WordAccuracy {
  const a = words(expected);
  const b = words(actual);
  // One row of the LCS table at a time: O(|a|·|b|) time, O(|b|) memory.
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] =
        a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    [prev, row] = [row, prev];
  }
  const matched = prev[b.length] ?? 0;
  return { matched, total: a.length, share: a.length === 0 ? 1 : matched / a.length };
}
