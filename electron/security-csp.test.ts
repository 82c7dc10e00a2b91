// Where the renderer may connect (issue 14): the researcher's sync server — any https server, or
// plain http on this machine — and nothing else. The policy is read back from the header Electron
// sends and from the <meta> tag of the built page, and each URL is matched the way CSP Level 3
// matches a source list (scheme-source, host-source with a port wildcard, 'self'; "§6.7.2.x").
import { describe, expect, it } from 'vitest';
import { cspForMeta } from '../shared/csp';
import { contentSecurityPolicy } from './security';

/** The page's own origin in the desktop app: a file:// URL (electron/app.ts loadFile). */
const SELF = 'file:///opt/Mazmun/resources/app.asar/dist/renderer/index.html';

function directive(policy: string, name: string): string[] {
  for (const part of policy.split(';')) {
    const [k, ...v] = part.trim().split(/\s+/);
    if (k === name) return v;
  }
  throw new Error(`no ${name} in ${policy}`);
}

/** CSP3 "does url match source list": enough of it for the sources our policy uses. */
function allows(sources: readonly string[], url: string, self = SELF): boolean {
  const u = new URL(url);
  const scheme = u.protocol.slice(0, -1);
  const port =
    u.port ||
    ({ http: '80', https: '443', ws: '80', wss: '443' } as Record<string, string>)[scheme];
  return sources.some((s) => {
    if (s === "'self'") {
      const me = new URL(self);
      return me.origin !== 'null' && me.origin === u.origin;
    }
    if (s === "'none'") return false;
    const schemeOnly = /^([a-z][a-z0-9+.-]*):$/i.exec(s);
    if (schemeOnly) {
      const want = schemeOnly[1]?.toLowerCase();
      return (
        want === scheme ||
        (want === 'http' && scheme === 'https') ||
        (want === 'https' && scheme === 'wss')
      );
    }
    const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^:/]+)(?::(\*|\d+))?$/i.exec(s);
    if (!m) return false;
    const [, sScheme, sHost, sPort] = m;
    if (sScheme && sScheme !== scheme && !(sScheme === 'http' && scheme === 'https')) return false;
    if (sHost !== u.hostname) return false;
    return sPort === '*' || (sPort ?? (sScheme === 'https' ? '443' : '80')) === port;
  });
}

const policies = {
  header: directive(contentSecurityPolicy(), 'connect-src'),
  meta: directive(cspForMeta(), 'connect-src'),
};

describe.each(Object.entries(policies))('connect-src (%s)', (_, sources) => {
  it.each([
    'https://couch.university.example/mazmun-0c7e/_changes',
    'https://sync.team.example:6984/mazmun-0c7e',
    'http://127.0.0.1:5984/mazmun-0c7e',
    'http://localhost:5984/_session',
  ])('permits the researcher’s server %s', (url) => expect(allows(sources, url)).toBe(true));

  it.each([
    // Basic auth in clear across a network: renderer/sync/sharing.ts refuses these too.
    'http://couch.university.example:5984/mazmun-0c7e',
    'http://192.168.1.20:5984/mazmun-0c7e',
    // Not expressible as a CSP host (no IPv6 literals), so sharing.ts does not offer it.
    'http://[::1]:5984/',
    'ws://evil.example/socket',
    'ftp://files.example/',
    'data:text/plain,x',
    'blob:https://evil.example/0b3f',
    'file:///etc/passwd',
  ])('blocks %s', (url) => expect(allows(sources, url)).toBe(false));
});

describe('the rest of the policy stays closed', () => {
  it('runs only the app’s own scripts and embeds nothing', () => {
    const p = contentSecurityPolicy();
    expect(directive(p, 'script-src')).toEqual(["'self'"]);
    expect(directive(p, 'object-src')).toEqual(["'none'"]);
    expect(directive(p, 'form-action')).toEqual(["'none'"]);
    expect(directive(p, 'default-src')).toEqual(["'self'"]);
  });

  it('header and meta tag agree on connect-src', () => {
    expect(policies.header).toEqual(policies.meta);
  });

  it('the matcher itself refuses what a wider policy would allow', () => {
    // A guard on the test: a policy with `http:` would let the blocked URLs through.
    expect(allows(['http:'], 'http://192.168.1.20:5984/')).toBe(true);
    expect(allows(["'self'"], 'http://127.0.0.1:5984/')).toBe(false);
  });
});
