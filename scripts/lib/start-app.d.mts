// Types for start-app.mjs.
import type { spawn } from 'node:child_process';

export const DEFAULT_PORT: number;
export const NO_ELECTRON_MESSAGE: string;
export const BROWSER_SETTLE_MS: number;
export interface StartOptions {
  root: string;
  open: boolean;
  port?: number;
  electronPath?: string | null;
  browserPath?: string | null;
  log?: (line: string) => void;
  spawnProcess?: typeof spawn;
  settleMs?: number;
}
export function runApp(options: StartOptions): Promise<{
  mode: 'electron' | 'browser';
  url: string | null;
  close: () => Promise<void>;
}>;
