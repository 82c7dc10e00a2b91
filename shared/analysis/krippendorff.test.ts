import { describe, expect, it } from 'vitest';
import { coincidencesOf, krippendorffAlpha } from './krippendorff';

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), section C:
// 4 observers × 12 units, values 1–5, "." = missing. Published results: nominal α = 0.743,
// ordinal α = 0.815, interval α = 0.849, ratio α = 0.797.
const _ = null;
const PAPER = [
  /* A */ [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  /* B */ [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  /* C */ [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  /* D */ [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe("Krippendorff's alpha", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('equals the paper at the %s level (%s)', (level, published) => {
    const r = krippendorffAlpha(PAPER, level);
    expect(r.alpha).not.toBeNull();
    expect(Number((r.alpha as number).toFixed(3))).toBe(published);
  });

  it('counts what the paper counts: 11 pairable units (unit 12 has one value), n = 40', () => {
    const r = krippendorffAlpha(PAPER, 'nominal');
    expect(r.pairableUnits).toBe(11);
    expect(r.pairableValues).toBe(40);
  });

  it("builds the paper's coincidence matrix (its row of value 1: 7, 4/3, 1/3, 1/3, 0 → n₁ = 9)", () => {
    const co = coincidencesOf(PAPER);
    expect(co.values).toEqual([1, 2, 3, 4, 5]);
    // By hand, pairs within a unit over (m − 1): unit 1 (1,1,1) gives 1–1 = 3·2/2 = 3; unit 6
    // (1,2,3,4) gives 1–2, 1–3, 1–4 = 1/3 each; unit 8 (1,1,2,1) gives
    // 1–1 = 3·2/3 = 2 and 1–2 = 3·1/3 = 1; unit 11 (1,1) gives 1–1 = 2/1 = 2.
    const row1 = [...co.o.slice(0, 5)];
    const expected = [3 + 2 + 2, 1 / 3 + 1, 1 / 3, 1 / 3, 0];
    row1.forEach((x, k) => expect(x).toBeCloseTo(expected[k] as number, 12));
  });

  it('is 1 when every pair agrees and there is variation', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        'interval',
      ).alpha,
    ).toBe(1);
  });

  it('is undefined (null) without variation or without pairable values', () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        'nominal',
      ).alpha,
    ).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [1, _],
          [_, 2],
        ],
        'nominal',
      ).alpha,
    ).toBeNull();
    expect(krippendorffAlpha([], 'nominal').alpha).toBeNull();
  });

  it('two coders, binary nominal data, by hand', () => {
    // Units: (1,1) (0,0) (1,0) (0,0). Coincidences: o11 = 2, o00 = 4, o10 = o01 = 1; n1 = 3,
    // n0 = 5, n = 8. alpha = 1 − (n−1)·(o01+o10) / (n1·n0 + n0·n1) = 1 − 7·2 / 30 = 8/15.
    const r = krippendorffAlpha(
      [
        [1, 0, 1, 0],
        [1, 0, 0, 0],
      ],
      'nominal',
    );
    expect(r.alpha).toBeCloseTo(8 / 15, 12);
  });
});
