// The server and the desktop app: Electron loads the page from file://, whose requests carry
// `Origin: null` (Chromium's opaque origin). With the default origins the server must answer
// its preflight, or no desktop client could reach a team server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type RunningSyncServer } from './sync-server';

let server: RunningSyncServer;
const ADMIN = { name: 'admin', password: 'admin-pw' };
beforeAll(async () => {
  server = await startSyncServer({ admin: ADMIN });
});
afterAll(async () => server?.close());

function preflight(origin: string, method = 'PUT') {
  return fetch(`${server.url}/mazmun-x/_bulk_docs`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization,content-type',
    },
  });
}

describe('CORS for the desktop app (default origins)', () => {
  it('answers the preflight of a file:// page (Origin: null)', async () => {
    const r = await preflight('null', 'POST');
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('null');
    const headers = (r.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    expect(headers.split(/,\s*/)).toEqual(
      expect.arrayContaining(['authorization', 'content-type']),
    );
    expect(r.headers.get('access-control-allow-methods')).toContain('POST');
    // Never credentialed: cookies are not the app's way in.
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets the desktop read an answer (a signed-in GET from Origin: null)', async () => {
    const r = await fetch(`${server.url}/_session`, {
      headers: {
        origin: 'null',
        authorization: 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64'),
      },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('null');
  });

  it('still answers no other site', async () => {
    const r = await preflight('https://evil.example');
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });
});
