// Pearson's chi-square test of independence on a contingency table, with its p-value from the
// regularized upper incomplete gamma function Q(df/2, x/2). Written here rather than taken from
// a package: it is ~60 lines of textbook numerics (Lanczos log-gamma, the series for small x and
// Lentz's continued fraction for large x, as in Numerical Recipes §6.2), the tests check it
// against closed forms (df = 2: p = e^(-x/2)) and printed table values, and the small maintained
// alternative (@stdlib's chisquare cdf) pulls in a few dozen @stdlib modules for one function.

/** Natural log of Γ(x), x > 0 (Lanczos, g = 7, n = 9: ~15 significant digits). */
export function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let a = c[0] as number;
  const t = z + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 1000;

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), a > 0, x ≥ 0. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail too. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < MAX_ITER; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** P(X ≥ x) for X ~ χ²(df). */
export function chiSquarePValue(x: number, df: number): number {
  if (df <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}

export interface ChiSquareResult {
  readonly statistic: number;
  /** (rows − 1)(columns − 1), counting only rows and columns with a non-zero total. */
  readonly df: number;
  readonly pValue: number;
  /** Expected counts, indexed like the observed table (0 where a margin is 0). */
  readonly expected: readonly (readonly number[])[];
  /** Cells (of the rows and columns that count) whose expected count is under 5. */
  readonly lowExpectedCells: number;
  /** The usual caution: any expected count under 5 makes the chi-square approximation doubtful. */
  readonly warning: boolean;
}

/**
 * Pearson's χ² on observed counts (rows × columns). Null when there is nothing to test: fewer
 * than two rows or two columns with a non-zero total.
 */
export function chiSquareTest(observed: readonly (readonly number[])[]): ChiSquareResult | null {
  const rows = observed.length;
  const cols = rows > 0 ? Math.max(...observed.map((r) => r.length)) : 0;
  const rowSum = observed.map((r) => r.reduce((s, v) => s + v, 0));
  const colSum = Array.from({ length: cols }, (_, j) =>
    observed.reduce((s, r) => s + (r[j] ?? 0), 0),
  );
  const n = rowSum.reduce((s, v) => s + v, 0);
  const liveRows = rowSum.filter((v) => v > 0).length;
  const liveCols = colSum.filter((v) => v > 0).length;
  if (n === 0 || liveRows < 2 || liveCols < 2) return null;
  let statistic = 0;
  let low = 0;
  const expected = observed.map((r, i) =>
    colSum.map((cs, j) => {
      const e = ((rowSum[i] as number) * cs) / n;
      if (e > 0) {
        const d = (r[j] ?? 0) - e;
        statistic += (d * d) / e;
        if (e < 5) low++;
      }
      return e;
    }),
  );
  const df = (liveRows - 1) * (liveCols - 1);
  return {
    statistic,
    df,
    pValue: chiSquarePValue(statistic, df),
    expected,
    lowExpectedCells: low,
    warning: low > 0,
  };
}
