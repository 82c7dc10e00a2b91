import { describe, expect, it } from 'vitest';
import { exclusiveRuns, intersectSpans, mergeSpans, subtractSpans } from './agreement-intervals';

const s = (start: number, end: number) => ({ start, end });

describe('interval arithmetic', () => {
  it('merges overlapping and touching spans, drops empty ones', () => {
    expect(mergeSpans([s(5, 8), s(0, 3), s(3, 4), s(6, 7), s(9, 9)])).toEqual([s(0, 4), s(5, 8)]);
  });

  it('intersects and subtracts merged lists', () => {
    const a = [s(0, 10), s(20, 30)];
    const b = [s(5, 22), s(25, 26), s(29, 40)];
    expect(intersectSpans(a, b)).toEqual([s(5, 10), s(20, 22), s(25, 26), s(29, 30)]);
    expect(subtractSpans(a, b)).toEqual([s(0, 5), s(22, 25), s(26, 29)]);
    expect(subtractSpans(b, a)).toEqual([s(10, 20), s(30, 40)]);
  });

  it('gives the runs only one side covers, in order, with the side', () => {
    expect(exclusiveRuns([s(0, 4)], [s(2, 6), s(8, 9)])).toEqual([
      { start: 0, end: 2, side: 'a' },
      { start: 4, end: 6, side: 'b' },
      { start: 8, end: 9, side: 'b' },
    ]);
    expect(exclusiveRuns([s(0, 4)], [s(0, 4)])).toEqual([]);
  });
});
