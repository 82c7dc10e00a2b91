// Types for watch-launcher.mjs.
export function parentOf(pid: number): number | null;
export function commandOf(pid: number): string;
export function watchLauncher(options: {
  onGone: () => void;
  intervalMs?: number;
  env?: Record<string, string | undefined>;
}): () => void;
