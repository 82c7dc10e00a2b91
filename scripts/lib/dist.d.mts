// Types for dist.mjs.
export const NETWORK_CODES: readonly string[];
export function distFailureSentence(error: unknown): string;
export function runDist(steps: {
  build: () => Promise<number>;
  packageApp: () => Promise<unknown>;
  log: (line: string) => void;
}): Promise<number>;
