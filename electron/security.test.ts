import { describe, expect, it, vi } from 'vitest';
import { createWindowOpenHandler, guardNavigation, openExternalSafely } from './external-links';
import {
  contentSecurityPolicy,
  hardenWebContents,
  installSessionSecurity,
  secureWebPreferences,
  withCsp,
} from './security';
import { appOriginFor } from './trusted-sender';

const app = appOriginFor(null, '/app/dist/renderer/index.html');

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...rest] = d.trim().split(/\s+/);
      return [name, rest.join(' ')] as const;
    }),
  );
}

describe('secureWebPreferences', () => {
  it('locks the renderer down', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict for the shipped app', () => {
    const d = directives(contentSecurityPolicy());
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(d.get('img-src')).toBe("'self' data: blob:");
    expect(d.get('font-src')).toBe("'self' data:");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    // https anywhere, plain http only to this machine (a sync server on loopback).
    expect(d.get('connect-src')).toBe("'self' https: http://127.0.0.1:* http://localhost:*");
    expect(d.get('connect-src')?.split(' ')).not.toContain('http:');
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval/);
  });
  it('loosens only what the dev server needs, and only for it', () => {
    const d = directives(contentSecurityPolicy('http://localhost:5173/'));
    expect(d.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(d.get('connect-src')).toBe(
      "'self' https: http://127.0.0.1:* http://localhost:* ws://localhost:5173",
    );
    expect(d.get('object-src')).toBe("'none'");
  });
});

describe('withCsp', () => {
  it('replaces any policy the response carried, whatever its case', () => {
    const out = withCsp(
      { 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html' },
      "default-src 'self'",
    );
    expect(out).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
    expect(withCsp(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('installSessionSecurity', () => {
  it('sets the CSP header on responses and denies permissions', () => {
    let headersListener: ((d: unknown, cb: (r: unknown) => void) => void) | undefined;
    let requestHandler: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let checkHandler: ((wc: unknown, p: string) => boolean) | undefined;
    const session = {
      webRequest: { onHeadersReceived: (l: typeof headersListener) => (headersListener = l) },
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    };
    installSessionSecurity(session as never, 'CSP!');
    const cb = vi.fn();
    headersListener?.({ responseHeaders: { A: ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { A: ['1'], 'Content-Security-Policy': ['CSP!'] },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const grant = vi.fn();
      requestHandler?.({}, permission, grant);
      expect(grant).toHaveBeenCalledWith(false);
      expect(checkHandler?.({}, permission)).toBe(false);
    }
    expect(checkHandler?.({}, 'clipboard-sanitized-write')).toBe(true);
  });
});

describe('links and navigation', () => {
  it('opens only http(s) URLs externally', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafely('https://example.org/', open)).toBe(true);
    expect(await openExternalSafely('file:///etc/passwd', open)).toBe(false);
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false);
    expect(await openExternalSafely('smb://host/share', open)).toBe(false);
    expect(open.mock.calls).toEqual([['https://example.org/']]);
    const failing = vi.fn(async () => Promise.reject(new Error('no browser')));
    expect(await openExternalSafely('https://example.org/', failing)).toBe(false);
  });
  it('denies window.open, handing http(s) links to the system browser', () => {
    const open = vi.fn(async () => undefined);
    const handler = createWindowOpenHandler(open);
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open.mock.calls).toEqual([['https://example.org/']]);
  });
  it('blocks navigation away from the app', () => {
    const open = vi.fn(async () => undefined);
    const event = () => ({ preventDefault: vi.fn() });
    const inside = event();
    expect(guardNavigation(inside, 'file:///app/dist/renderer/index.html#/x', app, open)).toBe(
      false,
    );
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const outside = event();
    expect(guardNavigation(outside, 'https://example.org/', app, open)).toBe(true);
    expect(outside.preventDefault).toHaveBeenCalledOnce();
    const local = event();
    expect(guardNavigation(local, 'file:///home/u/evil.html', app, open)).toBe(true);
    expect(local.preventDefault).toHaveBeenCalledOnce();
    expect(open.mock.calls).toEqual([['https://example.org/']]);
  });
  it('hardens every webContents: window.open, navigation, redirects, webviews', () => {
    const listeners = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      on: (name: string, l: (...a: unknown[]) => void) => listeners.set(name, l),
    };
    hardenWebContents(contents as never, app, async () => undefined);
    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    for (const name of ['will-navigate', 'will-redirect']) {
      const e = { preventDefault: vi.fn() };
      listeners.get(name)?.(e, 'https://evil.example/');
      expect(e.preventDefault).toHaveBeenCalledOnce();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });
});
