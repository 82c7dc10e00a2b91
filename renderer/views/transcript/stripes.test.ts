import { describe, expect, it } from 'vitest';
import { assignLanes, barsForParagraph, clipSpans, unionExtent } from './stripes';

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

  it('draws one bar per code in a paragraph, by lane', () => {
    const lanes = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    expect(barsForParagraph([{ codeId: 'b' }, { codeId: 'a' }, { codeId: 'b' }], lanes)).toEqual([
      { codeId: 'a', lane: 0 },
      { codeId: 'b', lane: 1 },
    ]);
  });
});

describe('stripe extents', () => {
  it('clips spans to the paragraph and merges overlapping ones', () => {
    const spans = [
      { start: 90, end: 120 },
      { start: 5, end: 20 },
      { start: 15, end: 30 },
      { start: 40, end: 40 },
      { start: 200, end: 250 },
    ];
    expect(clipSpans(spans, 10, 100)).toEqual([
      { start: 10, end: 30 },
      { start: 90, end: 100 },
    ]);
    expect(clipSpans(spans, 130, 190)).toEqual([]);
  });

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
