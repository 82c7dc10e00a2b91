// Types for build-electron.mjs.
export const ROOT: string;
export function buildElectron(options?: {
  root?: string;
  outDir?: string;
  minify?: boolean;
}): Promise<{ main: string; preload: string }>;
