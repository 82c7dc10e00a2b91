import { describe, expect, it } from 'vitest';
import { assignLanes, barsForParagraph, stackLabels, unionExtent } from './stripes';

describe('coding stripes', () => {
  it('gives lanes to the codes present, in codebook order', () => {
    const lanes = assignLanes(
      ['a', 'b', 'c', 'd'],
      [{ codeId: 'd' }, { codeId: 'b' }, { codeId: 'd' }],
    );
    expect([...lanes]).toEqual([
      ['b', 0],
      ['d', 1],
    ]);
  });

  it('keeps a lane for a code missing from the codebook list', () => {
    const lanes = assignLanes(['a'], [{ codeId: 'z' }, { codeId: 'a' }]);
    expect([...lanes]).toEqual([
      ['a', 0],
      ['z', 1],
    ]);
  });

  it('draws one bar per coding, clipped to the paragraph, never one per code', () => {
    const lanes = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    // Code b on the paragraph's first line (10-30) and on its third (70-90): two bars, so the
    // uncoded second line has none. Code a runs in from the paragraph before (0-20).
    const bars = barsForParagraph(
      [
        { codingId: 'c3', codeId: 'b', start: 70, end: 90 },
        { codingId: 'c1', codeId: 'a', start: 0, end: 20 },
        { codingId: 'c2', codeId: 'b', start: 10, end: 30 },
        { codingId: 'c4', codeId: 'b', start: 120, end: 130 },
      ],
      lanes,
      10,
      100,
    );
    expect(bars).toEqual([
      { codingId: 'c1', codeId: 'a', lane: 0, span: { start: 10, end: 20 } },
      { codingId: 'c2', codeId: 'b', lane: 1, span: { start: 10, end: 30 } },
      { codingId: 'c3', codeId: 'b', lane: 1, span: { start: 70, end: 90 } },
    ]);
  });
});

describe('stripe extents', () => {
  it('covers the coded lines only, ignoring empty line-break boxes', () => {
    // Two lines of a three-line paragraph whose box starts at y = 100.
    const rects = [
      { top: 134, bottom: 164, width: 220 },
      { top: 164, bottom: 164, width: 0 },
      { top: 168, bottom: 198, width: 80 },
      { top: 240, bottom: 270, width: 0 },
    ];
    expect(unionExtent(rects, 100)).toEqual({ top: 34, height: 64 });
    expect(unionExtent([{ top: 5, bottom: 9, width: 0 }], 0)).toBeNull();
    expect(unionExtent([], 0)).toBeNull();
  });
});

describe('code names at the top of the stripes', () => {
  it('puts each name at its stripe top when they do not overlap', () => {
    expect(stackLabels([0, 40, 80], 15)).toEqual([0, 40, 80]);
  });

  it('pushes names that start on one line one under the other, in lane order', () => {
    // Three codings starting on the first line (top 4) and one lower down at 20:
    // 4, 4+15, 4+30, then 20 is taken, so the fourth goes under the third at 49+15.
    expect(stackLabels([4, 4, 4, 20], 15)).toEqual([4, 19, 34, 49]);
  });

  it('stacks by wanted top, whatever order the stripes come in', () => {
    expect(stackLabels([30, 0, 5], 15)).toEqual([30, 0, 15]);
  });
});
