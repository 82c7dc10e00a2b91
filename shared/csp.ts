// The Content-Security-Policy of the app, in one place: Electron sends it as a header
// (electron/security.ts) and the built renderer carries it as a <meta> tag (vite.config.ts),
// so the policy holds on file:// pages and in a plain browser alike.
export const CONNECT_SRC = "'self' https: http://127.0.0.1:* http://localhost:*";

export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // The heavy-work worker (renderer/workers/) is a file Vite emits beside the app: no blob:.
  ['worker-src', "'self'"],
  // React and Recharts set inline style attributes; scripts stay strict.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  // Sync (issue 14): the team's server over https, or plain http only on this machine (loopback);
  // renderer/sync/sharing.ts refuses http: to other hosts too (Basic auth would travel in clear).
  ['connect-src', CONNECT_SRC],
  ['font-src', "'self' data:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> tag may not carry (browsers ignore them there and warn). */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function cspForMeta(): string {
  return CSP_DIRECTIVES.filter(([k]) => !HEADER_ONLY.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}
