// Leaving deletes the profile's local replica, which every open window of the project writes
// into: it is refused while another window syncs the project (each engine holds or waits for the
// project's leader lock), and nothing is forgotten then.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectId } from '../../shared/model/ids';
import { leave } from './sharing';
import { loadSyncSettings, saveSyncConfig } from './sync-config';
import { leaderLockName } from './window-lock';

const kept = new Map<string, string>();
globalThis.localStorage ??= {
  getItem: (k: string) => kept.get(k) ?? null,
  setItem: (k: string, v: string) => void kept.set(k, v),
  removeItem: (k: string) => void kept.delete(k),
} as Storage;

/** navigator.locks as the browser reports it: `requests` windows hold or wait for the lock. */
function locks(projectId: string, requests: number) {
  const name = leaderLockName(projectId);
  const entries = Array.from({ length: requests }, () => ({ name, mode: 'exclusive' }));
  vi.stubGlobal('navigator', {
    locks: {
      request: (_n: string, _o: unknown, task: () => Promise<unknown>) => task(),
      query: async () => ({ held: entries.slice(0, 1), pending: entries.slice(1) }),
    },
  });
}

afterEach(() => void vi.unstubAllGlobals());

describe('leave', () => {
  it('is refused while another window of this browser has the project open', async () => {
    const id = 'p-open-elsewhere' as ProjectId;
    await saveSyncConfig(id, {
      url: 'http://127.0.0.1:5984',
      db: 'mazmun-x',
      user: 'u',
      password: 'pw',
    });
    // No engine in this window; two other windows: one leads, one waits.
    locks(id, 2);
    const r = await leave(id);
    expect(r.ok ? null : [r.error?.code, r.error?.params]).toEqual([
      'sync.openElsewhere',
      { count: 2 },
    ]);
    // Still shared here: the settings (and so the replica they name) are kept.
    expect((await loadSyncSettings(id))?.db).toBe('mazmun-x');
  });
});
