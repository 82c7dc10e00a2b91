// Types for find-browser.mjs.
type Env = Record<string, string | undefined>;

export const LINUX_NAMES: readonly string[];
export function browserCandidates(platform: NodeJS.Platform, env: Env): string[];
export function findBrowser(options?: {
  platform?: NodeJS.Platform;
  env?: Env;
  canRun?: (path: string) => boolean;
}): string | null;
export function browserProfileDir(platform: NodeJS.Platform, env: Env, home: string): string;
export function browserArgs(url: string, profileDir: string): string[];
