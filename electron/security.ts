// The window's security settings in one place, as values and small functions that tests can
// inspect without Electron (DEVELOPERS.md rule 6; Electron's security checklist).
import type { Session, WebContents, WebPreferences } from 'electron';
import { createWindowOpenHandler, guardNavigation, type OpenExternal } from './external-links';
import type { AppOrigin } from './trusted-sender';
import { CONNECT_SRC, CSP_DIRECTIVES } from '../shared/csp';

const BASE_POLICY = CSP_DIRECTIVES;

/**
 * The Content-Security-Policy. With a dev server, Vite's React refresh needs one inline
 * script and a websocket back to the (loopback) dev server; the shipped app gets neither.
 */
export function contentSecurityPolicy(devServerUrl: string | null = null): string {
  const policy = new Map(BASE_POLICY);
  if (devServerUrl) {
    const origin = new URL(devServerUrl);
    policy.set('script-src', "'self' 'unsafe-inline'");
    policy.set('connect-src', `${CONNECT_SRC} ws://${origin.host}`);
  }
  return [...policy].map(([k, v]) => `${k} ${v}`).join('; ');
}

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

type Headers = Record<string, string | string[]>;

/** Response headers with our policy in place of any the response carried (any letter case). */
export function withCsp(headers: Headers | undefined, csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === 'content-security-policy') continue;
    out[key] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

/** Only writing to the clipboard (copying a table) is granted; camera, geolocation… never. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  readonly webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

export function installSessionSecurity(session: SessionLike, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

type ContentsLike = Pick<WebContents, 'setWindowOpenHandler'> & {
  on(event: string, listener: (...args: never[]) => void): unknown;
};

/** Applied to every webContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(
  contents: ContentsLike,
  app: AppOrigin,
  open: OpenExternal,
): void {
  contents.setWindowOpenHandler(createWindowOpenHandler(open));
  const guard = (event: { preventDefault(): void }, url: string): void => {
    guardNavigation(event, url, app, open);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
}
