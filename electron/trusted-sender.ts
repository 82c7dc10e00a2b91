// Which pages may talk to the main process. Only the app's own top-level page: its built
// index.html over file://, or in development the loopback Vite dev server. A page that got
// there by navigation, an iframe, or anything else is refused before its arguments are read.
import { pathToFileURL } from 'node:url';

export type AppOrigin =
  | { readonly kind: 'file'; readonly indexUrl: string }
  | { readonly kind: 'dev'; readonly origin: string };

/** A structural slice of Electron's IpcMainInvokeEvent, so tests need no Electron. */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL from VITE_DEV_SERVER_URL, honoured only for http on a loopback host:
 * a stray environment variable must never point the privileged window at the internet.
 */
export function parseDevServerUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

export function appOriginFor(devServerUrl: string | null, indexPath: string): AppOrigin {
  return devServerUrl
    ? { kind: 'dev', origin: new URL(devServerUrl).origin }
    : { kind: 'file', indexUrl: pathToFileURL(indexPath).href };
}

/** True for the app's own page; the hash and query are the app's business. */
export function isAppUrl(raw: string, app: AppOrigin): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (app.kind === 'dev') return url.origin === app.origin;
  url.hash = '';
  url.search = '';
  return url.protocol === 'file:' && url.href === app.indexUrl;
}

export function isTrustedSender(event: SenderEvent, app: AppOrigin): boolean {
  const frame = event.senderFrame;
  // A null parent means the top frame; iframes never reach the bridge.
  return frame !== null && frame.parent === null && isAppUrl(frame.url, app);
}
