// Types for cli-entry.mjs.
export function freshBundle(root: string, outDir?: string): string | null;
