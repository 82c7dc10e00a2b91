// Summaries of timed samples, shared by the page benches (bench/analysis-page.ts drives its page,
// bench/longtask.ts its own): pure, so the page bundles and Node both import it.

/** The middle sample (the upper one of the two middles for an even count); 0 for none. */
export function middle(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

/** Rounded to hundredths of a millisecond: performance.now()'s grain in Chromium is coarser. */
export const hundredths = (ms: number): number => Math.round(ms * 100) / 100;

export interface Sample {
  readonly median: number;
  readonly min: number;
  readonly samples: readonly number[];
}

/** `work` run `runs` times back to back, each run timed with performance.now(). */
export function timed(runs: number, work: () => unknown): Sample {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    samples.push(hundredths(performance.now() - t0));
  }
  return { median: middle(samples), min: samples.length > 0 ? Math.min(...samples) : 0, samples };
}
