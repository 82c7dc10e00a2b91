import { describe, expect, it } from 'vitest';
import { chiSquarePValue, chiSquareTest, gammaP, gammaQ, logGamma } from './chi-square';

/** Q(k, y) for whole k in closed form: e^(−y) Σ_{i<k} y^i / i!. */
function qWhole(k: number, y: number): number {
  let term = 1;
  let sum = 0;
  for (let i = 0; i < k; i++) {
    if (i > 0) term *= y / i;
    sum += term;
  }
  return Math.exp(-y) * sum;
}

describe('the gamma functions', () => {
  it('logGamma matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('P + Q = 1 and Q has the closed form for whole a, either side of x = a + 1', () => {
    for (const [a, x] of [
      [1, 0.3],
      [2, 1.5],
      [3, 10],
      [7, 4],
      [7, 30],
    ] as const) {
      expect(gammaP(a, x) + gammaQ(a, x)).toBeCloseTo(1, 12);
      expect(gammaQ(a, x)).toBeCloseTo(qWhole(a, x), 12);
    }
  });
});

describe('chiSquarePValue', () => {
  it('gives the printed critical values of the chi-square table', () => {
    expect(chiSquarePValue(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquarePValue(6.634897, 1)).toBeCloseTo(0.01, 6);
    expect(chiSquarePValue(7.814728, 3)).toBeCloseTo(0.05, 6);
    expect(chiSquarePValue(18.307038, 10)).toBeCloseTo(0.05, 6);
    expect(chiSquarePValue(37.566235, 20)).toBeCloseTo(0.01, 6);
  });

  it('df = 2 is e^(−x/2) exactly, df = 4 is e^(−x/2)(1 + x/2)', () => {
    expect(chiSquarePValue(5, 2)).toBeCloseTo(Math.exp(-2.5), 12);
    expect(chiSquarePValue(9, 4)).toBeCloseTo(Math.exp(-4.5) * 5.5, 12);
    expect(chiSquarePValue(0, 3)).toBe(1);
  });
});

describe('chiSquareTest', () => {
  it('computes a 2 × 3 table by hand', () => {
    // Rows 60, 40; columns 30, 30, 40; N = 100.
    // Expected: 18 18 24 / 12 12 16.
    // χ² = 4/18 + 4/18 + 0 + 4/12 + 4/12 + 0 = 4/9 + 2/3 = 10/9; df = 2.
    const r = chiSquareTest([
      [20, 16, 24],
      [10, 14, 16],
    ]);
    expect(r).not.toBeNull();
    expect(r?.statistic).toBeCloseTo(10 / 9, 12);
    expect(r?.df).toBe(2);
    expect(r?.pValue).toBeCloseTo(Math.exp(-5 / 9), 12);
    expect(r?.expected[1]).toEqual([12, 12, 16]);
    expect(r?.warning).toBe(false);
  });

  it('warns when an expected count is under 5, and ignores empty rows and columns', () => {
    // Row totals 3, 7; column totals 4, 6; N = 10: expected 1.2 1.8 / 2.8 4.2 — all under 5.
    const r = chiSquareTest([
      [1, 2, 0],
      [3, 4, 0],
      [0, 0, 0],
    ]);
    expect(r?.df).toBe(1);
    expect(r?.lowExpectedCells).toBe(4);
    expect(r?.warning).toBe(true);
    // (0.2²)(1/1.2 + 1/1.8 + 1/2.8 + 1/4.2)
    expect(r?.statistic).toBeCloseTo(0.04 * (1 / 1.2 + 1 / 1.8 + 1 / 2.8 + 1 / 4.2), 12);
  });

  it('is null with a single live row or column', () => {
    expect(chiSquareTest([[1, 2, 3]])).toBeNull();
    expect(chiSquareTest([[4], [5]])).toBeNull();
    expect(chiSquareTest([])).toBeNull();
  });
});
