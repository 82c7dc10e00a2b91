// Krippendorff's alpha by the coincidence-matrix method of "Computing Krippendorff's
// Alpha-Reliability" (Krippendorff 2011): any number of coders, missing values, and the
// nominal, ordinal, interval and ratio metrics. alpha = 1 − (n − 1) Σ o·δ² / Σ n_c·n_k·δ².

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';
export const ALPHA_LEVELS: readonly AlphaLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

export interface AlphaResult {
  /**
   * Null when it is undefined: fewer than two pairable values, or no variation at all (every
   * value the same, so expected disagreement is 0 — Krippendorff: "alpha is undefined").
   */
  readonly alpha: number | null;
  readonly level: AlphaLevel;
  /** Units with at least two values (the only ones that count). */
  readonly pairableUnits: number;
  /** n: the number of pairable values. */
  readonly pairableValues: number;
}

/** The coincidences of the distinct values (sorted ascending): o[c * V + k]. */
export interface Coincidences {
  readonly values: readonly number[];
  readonly o: Float64Array;
  readonly pairableUnits: number;
}

/**
 * Coincidences from reliability data: `matrix[coder][unit]`, null = missing. Nominal data of
 * any kind can be given as numbers standing for categories.
 */
export function coincidencesOf(matrix: readonly (readonly (number | null)[])[]): Coincidences {
  const units = Math.max(0, ...matrix.map((row) => row.length));
  const distinct = new Set<number>();
  for (const row of matrix)
    for (const v of row) if (v !== null && Number.isFinite(v)) distinct.add(v);
  const values = [...distinct].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const o = new Float64Array(size * size);
  const counts = new Float64Array(size);
  let pairableUnits = 0;
  for (let u = 0; u < units; u++) {
    counts.fill(0);
    let m = 0;
    for (const row of matrix) {
      const v = row[u];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      counts[index.get(v) as number]! += 1;
      m++;
    }
    if (m < 2) continue;
    pairableUnits++;
    for (let c = 0; c < size; c++) {
      const nc = counts[c] as number;
      if (nc === 0) continue;
      for (let k = 0; k < size; k++) {
        const nk = counts[k] as number;
        if (nk === 0) continue;
        o[c * size + k]! += (nc * (c === k ? nk - 1 : nk)) / (m - 1);
      }
    }
  }
  return { values, o, pairableUnits };
}

/** Alpha from a coincidence matrix, at the given level of measurement. */
export function alphaFromCoincidences(co: Coincidences, level: AlphaLevel): AlphaResult {
  const { values, o } = co;
  const size = values.length;
  const nc = new Float64Array(size);
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) nc[c]! += o[c * size + k] as number;
  }
  const n = nc.reduce((s, x) => s + x, 0);
  const base = { level, pairableUnits: co.pairableUnits, pairableValues: n };
  if (n < 2) return { ...base, alpha: null };
  // Ordinal distances need the cumulative marginals between two ranks.
  const cumulative = new Float64Array(size + 1);
  for (let c = 0; c < size; c++) cumulative[c + 1] = (cumulative[c] as number) + (nc[c] as number);
  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    const vc = values[c] as number;
    const vk = values[k] as number;
    switch (level) {
      case 'nominal':
        return 1;
      case 'ordinal': {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const d =
          (cumulative[hi + 1] as number) -
          (cumulative[lo] as number) -
          ((nc[c] as number) + (nc[k] as number)) / 2;
        return d * d;
      }
      case 'interval':
        return (vc - vk) * (vc - vk);
      case 'ratio': {
        const sum = vc + vk;
        return sum === 0 ? 0 : ((vc - vk) / sum) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      const d = delta2(c, k);
      observed += (o[c * size + k] as number) * d;
      expected += (nc[c] as number) * (nc[k] as number) * d;
    }
  }
  if (expected === 0) return { ...base, alpha: null };
  return { ...base, alpha: 1 - ((n - 1) * observed) / expected };
}

/** Alpha over reliability data `matrix[coder][unit]` (null = missing). */
export function krippendorffAlpha(
  matrix: readonly (readonly (number | null)[])[],
  level: AlphaLevel,
): AlphaResult {
  return alphaFromCoincidences(coincidencesOf(matrix), level);
}
