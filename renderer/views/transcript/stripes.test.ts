import { describe, expect, it } from 'vitest';
import { assignLanes, barsForParagraph } from './stripes';

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
