import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangesByParagraph, segmentRange } from './segments';

describe('segmentRange', () => {
  it('splits two crossing codings into non-overlapping segments with their code sets', () => {
    const segs = segmentRange(0, 20, [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 6, end: 14 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 6, ids: ['a'] },
      { start: 6, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 14, ids: ['b'] },
      { start: 14, end: 20, ids: [] },
    ]);
  });

  it('clips ranges that reach outside the paragraph and keeps nested ones', () => {
    const segs = segmentRange(10, 20, [
      { id: 'outer', start: 0, end: 30 },
      { id: 'inner', start: 12, end: 15 },
    ]);
    expect(segs).toEqual([
      { start: 10, end: 12, ids: ['outer'] },
      { start: 12, end: 15, ids: ['outer', 'inner'] },
      { start: 15, end: 20, ids: ['outer'] },
    ]);
  });

  it('merges touching ranges of the same cover and ignores empty ones', () => {
    expect(
      segmentRange(0, 6, [
        { id: 'x', start: 3, end: 3 },
        { id: 'y', start: 6, end: 9 },
      ]),
    ).toEqual([{ start: 0, end: 6, ids: [] }]);
  });

  it('covers every character exactly once with exactly the ranges containing it', () => {
    const range = fc.record({ s: fc.nat(40), len: fc.integer({ min: 1, max: 20 }) });
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), fc.nat(30), fc.nat(30), (rs, a, b) => {
        const from = Math.min(a, b);
        const to = Math.max(a, b) + 1;
        const ranges = rs.map((r, i) => ({ id: `r${i}`, start: r.s, end: r.s + r.len }));
        const segs = segmentRange(from, to, ranges);
        expect(segs[0]?.start).toBe(from);
        expect(segs[segs.length - 1]?.end).toBe(to);
        for (let k = 1; k < segs.length; k++) expect(segs[k]?.start).toBe(segs[k - 1]?.end);
        for (const s of segs) {
          for (let x = s.start; x < s.end; x++) {
            const want = ranges.filter((r) => r.start <= x && x < r.end).map((r) => r.id);
            expect(s.ids).toEqual(want);
          }
        }
      }),
    );
  });
});

describe('rangesByParagraph', () => {
  it('places each range in every paragraph it touches', () => {
    const paras = [
      { start: 0, end: 5 },
      { start: 6, end: 10 },
      { start: 11, end: 20 },
    ];
    const out = rangesByParagraph(paras, [
      { id: 'a', start: 1, end: 3 },
      { id: 'b', start: 4, end: 12 },
      { id: 'c', start: 5, end: 6 }, // only the '\n' between paragraphs
    ]);
    expect(out.map((rs) => rs.map((r) => r.id))).toEqual([['a', 'b'], ['b'], ['b']]);
  });
});
