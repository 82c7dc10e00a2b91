import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.resetModules());

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('delete failed'));
  });
}

describe('the open gate', () => {
  it('opens once for every caller; a database deleted under the app is reported lost', async () => {
    const gate = await import('./database');
    const seen: boolean[] = [];
    gate.subscribeDatabaseOpen(() => seen.push(gate.isDatabaseOpen()));
    expect(gate.isDatabaseOpen()).toBe(false);
    const [a, b] = await Promise.all([gate.openAppDatabase(), gate.openAppDatabase()]);
    expect(a.ok && b.ok && a.data === b.data).toBe(true);
    expect(gate.isDatabaseOpen()).toBe(true);
    expect(gate.isDatabaseLost()).toBe(false);

    await deleteDb('mazmun'); // What Chromium does to a store that ran out of disk.
    expect(gate.isDatabaseLost()).toBe(true);
    expect(gate.isDatabaseOpen()).toBe(false);
    expect(seen).toEqual([true, false]);
    // And nothing re-creates it behind the app's back.
    const reads = await gate
      .getDb()
      .projects.count()
      .then(
        () => 'read',
        (e: unknown) => (e as { name?: string }).name,
      );
    expect(reads).toBe('DatabaseClosedError');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('mazmun');
  });
});
