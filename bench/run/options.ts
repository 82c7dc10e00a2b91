// Command-line options of `npm run bench`: sizes, seed, output file, and how often to repeat.
import type { GenerateOptions } from '../generate';

export interface BenchOptions {
  readonly mode: 'full' | 'quick' | 'custom';
  readonly project: GenerateOptions;
  /** Repeats of each timed operation; the JSON reports the median and every sample. */
  readonly runs: number;
  readonly out: string | null;
  /** Measure the app's own UI (coding visible after the keypress) too. */
  readonly ui: boolean;
  /**
   * Also write the project a second time, raw, for the import's floor, and the codings a third
   * time as v2 rows, for the old open floor: minutes at 500k codings.
   */
  readonly importFloor: boolean;
}

export const FULL = { documents: 1000, words: 5_000_000, codes: 200, codings: 100_000 } as const;
export const QUICK = { documents: 50, words: 100_000, codes: 200, codings: 5_000 } as const;

const FLAGS: Record<string, keyof typeof FULL | 'seed' | 'runs'> = {
  '--docs': 'documents',
  '--words': 'words',
  '--codes': 'codes',
  '--codings': 'codings',
  '--seed': 'seed',
  '--runs': 'runs',
};

export const USAGE =
  'npm run bench -- [--quick] [--docs N] [--words W] [--codes M] [--codings K] [--seed S] ' +
  '[--runs R] [--out FILE] [--no-ui] [--no-import-floor]';

/** Parses argv (without node and script); returns a message instead of options on bad input. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | string {
  const quick = argv.includes('--quick');
  const sizes: Record<string, number> = { ...(quick ? QUICK : FULL), seed: 1, runs: quick ? 5 : 3 };
  let out: string | null = null;
  let custom = false;
  let ui = true;
  let importFloor = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--quick') continue;
    if (a === '--no-ui') {
      ui = false;
      continue;
    }
    if (a === '--no-import-floor') {
      importFloor = false;
      continue;
    }
    if (a === '--out') {
      out = argv[++i] ?? null;
      if (!out) return `--out needs a file name.\n${USAGE}`;
      continue;
    }
    const key = FLAGS[a];
    if (!key) return `Unknown option ${a}.\n${USAGE}`;
    const value = Number(argv[++i]);
    const least = key === 'codes' || key === 'codings' || key === 'seed' ? 0 : 1;
    if (!Number.isInteger(value) || value < least) {
      return `${a} needs a whole number of at least ${least}.\n${USAGE}`;
    }
    sizes[key] = value;
    if (key !== 'seed' && key !== 'runs') custom = true;
  }
  return {
    mode: custom ? 'custom' : quick ? 'quick' : 'full',
    project: {
      seed: sizes.seed as number,
      documents: sizes.documents as number,
      words: sizes.words as number,
      codes: sizes.codes as number,
      codings: sizes.codings as number,
    },
    runs: sizes.runs as number,
    out,
    ui,
    importFloor,
  };
}

/** The median of a non-empty list (mean of the middle two for even lengths). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Rounds a duration for the report: 0.1 ms under 10 ms, whole ms above. */
export function roundMs(ms: number): number {
  return ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms);
}
