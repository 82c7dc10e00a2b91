// Types for build-cli.mjs.
export const ROOT: string;
export const MANIFEST: string;
export function buildCli(options?: {
  root?: string;
  outDir?: string;
}): Promise<{ entry: string; inputs: string[] }>;
