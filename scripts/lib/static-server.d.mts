// Types for static-server.mjs (plain JavaScript so `npm start` needs no compiler).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const STATIC_CSP: string;
export const MARKER_HEADER: string;
export const MIME_TYPES: Readonly<Record<string, string>>;
export function mimeTypeFor(path: string): string;
export function resolveSafePath(root: string, urlPath: string): string | null;
export function createStaticHandler(
  root: string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
