// A tiny static server for dist/renderer, used when there is no Electron binary: loopback only,
// GET/HEAD only, no directory listing, no path outside the root, the app's own CSP on every page.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The same policy as electron/security.ts (a test keeps the two equal). */
export const STATIC_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Lets `start.mjs` recognise an already running Mazmun server on the port. */
export const MARKER_HEADER = 'x-mazmun';

/** @type {Readonly<Record<string, string>>} */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
});

/** @param {string} path @returns {string} */
export function mimeTypeFor(path) {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or null when it is malformed or would escape.
 * @param {string} root absolute folder
 * @param {string} urlPath the request's path, e.g. "/assets/index-abc.js?x=1"
 * @returns {string | null}
 */
export function resolveSafePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '');
  } catch {
    return null; // "%E0%A4%A" and friends
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, normalize(`.${decoded.replace(/\\/g, '/')}`));
  if (full !== base && !full.startsWith(base + sep)) return null;
  return decoded.endsWith('/') ? join(full, 'index.html') : full;
}

/**
 * @param {string} root
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createStaticHandler(root) {
  const base = resolve(root);
  return async (req, res) => {
    /** @param {number} status @param {string} text */
    const plain = (status, text) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    const port = req.socket.localPort;
    const host = req.headers.host ?? '';
    // DNS rebinding: only answer to the loopback names the page was opened with.
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return plain(403, 'Forbidden');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Method not allowed');
    let file = resolveSafePath(base, req.url ?? '/');
    if (file === null) return plain(400, 'Bad request');
    let info = await stat(file).catch(() => null);
    // A path without an extension is an in-app route: serve the app.
    if ((!info || info.isDirectory()) && extname(file) === '') {
      file = join(base, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info || !info.isFile()) return plain(404, 'Not found');
    res.writeHead(200, {
      'content-type': mimeTypeFor(file),
      'content-length': info.size,
      'content-security-policy': STATIC_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
      [MARKER_HEADER]: '1',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
}

/**
 * Serves `root` on 127.0.0.1. Port 0 picks a free one.
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
  const handler = createStaticHandler(root);
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
