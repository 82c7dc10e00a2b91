// Two sync servers in one process (two e2e spec files in one Playwright worker, a bench and a
// test): the second must start, and must not share the first one's databases or accounts.
import { describe, expect, it } from 'vitest';
import { startSyncServer } from './sync-server';

const ADMIN = { name: 'admin', password: 'admin-pw' };
const auth = 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64');

async function addAccount(url: string, name: string): Promise<number> {
  const r = await fetch(`${url}/_users/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'pw', roles: [], type: 'user' }),
  });
  return r.status;
}

describe('two memory servers in one process', () => {
  it('both start, each with its own accounts', async () => {
    const first = await startSyncServer({ admin: ADMIN });
    const second = await startSyncServer({ admin: ADMIN });
    try {
      expect(await addAccount(first.url, 'alice')).toBe(201);
      // The same name on the second server is new there (201), not a conflict (409).
      expect(await addAccount(second.url, 'alice')).toBe(201);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
