import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/security';
import { STATIC_CSP, mimeTypeFor, resolveSafePath, startStaticServer } from './static-server.mjs';

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app-1a2b.JS', 'text/javascript; charset=utf-8'],
    ['vazirmatn-arabic-400.woff2', 'font/woff2'],
    ['xmllint.wasm', 'application/wasm'],
    ['logo.svg', 'image/svg+xml'],
    ['data.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});

describe('resolveSafePath', () => {
  const root = '/srv/app';
  it('maps paths inside the root', () => {
    expect(resolveSafePath(root, '/')).toBe('/srv/app/index.html');
    expect(resolveSafePath(root, '/assets/a.js?v=1#x')).toBe('/srv/app/assets/a.js');
    expect(resolveSafePath(root, '/%D9%85%D8%B6.txt')).toBe('/srv/app/مض.txt');
  });
  it.each([
    '/../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/a/../../x',
    '/..\\..\\x',
    '/%00',
    '/%E0%A4%A',
    'relative',
  ])('refuses %s', (p) => {
    const r = resolveSafePath(root, p);
    expect(r === null || r.startsWith('/srv/app/')).toBe(true);
    if (p !== '/a/../../x' && p !== '/..\\..\\x') expect(r).toBeNull();
  });
});

describe('the Electron and browser policies', () => {
  it('are the same', () => expect(STATIC_CSP).toBe(contentSecurityPolicy()));
});

describe('startStaticServer', () => {
  let dir = '';
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mazmun-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>مضمون</title>');
    writeFileSync(join(dir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    writeFileSync(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), 'secret');
    server = await startStaticServer({ root: dir, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), { force: true });
  });

  /** Raw requests: fetch() would normalize the "../" away before sending. */
  function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path, method, headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      },
    );
  }

  it('listens on loopback and serves the app with its CSP', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(STATIC_CSP);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.body.toString()).toContain('مضمون');
  });
  it('serves fonts with their type and in-app routes with the index', async () => {
    const font = await get('/assets/font.woff2');
    expect(font.headers['content-type']).toBe('font/woff2');
    expect([...font.body]).toEqual([0x77, 0x4f, 0x46, 0x32]);
    expect((await get('/codes/themes')).body.toString()).toContain('<title>');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });
  it('never leaves the root', async () => {
    const name = `${dir.split('/').pop()}-secret.txt`;
    for (const p of [`/../${name}`, `/%2e%2e/${name}`, `/assets/..%2f..%2f${name}`]) {
      const r = await get(p);
      expect(r.body.toString(), p).not.toContain('secret');
    }
  });
  it('answers only GET/HEAD and only to loopback host names', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
    expect((await get('/', {}, 'HEAD')).status).toBe(200);
    expect((await get('/', { host: 'evil.example' })).status).toBe(403);
    expect((await get('/', { host: `localhost:${server.port}` })).status).toBe(200);
  });
});
