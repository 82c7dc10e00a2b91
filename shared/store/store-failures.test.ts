import { describe, expect, it, vi } from 'vitest';
import { countCodings } from '../db/coding-storage';
import { importSnapshot } from '../db/snapshot-repo';
import { buildSnapshot } from '../db/test-builders';
import { openTestDb } from '../db/test-db';
import { openProjectStore } from './project-store';

describe('ProjectStore storage failures', () => {
  it('reports a full disk to failure listeners, keeps memory unchanged and saves nothing', async () => {
    const db = await openTestDb();
    const snap = buildSnapshot();
    const imported = await importSnapshot(db, snap);
    if (!imported.ok) throw new Error(imported.reason);
    const store = await openProjectStore(db, snap.project.id);
    const failures: string[] = [];
    store.onFailure((kind) => failures.push(kind));
    const before = store.getState();
    const codingsBefore = await countCodings(db);

    const quota = Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    });
    const spy = vi
      .spyOn(db, 'transaction')
      .mockImplementation(() => Promise.reject(quota) as never);
    const doc = snap.documents[0];
    const code = snap.codes[0];
    if (!doc || !code) throw new Error('builder gave no document or code');
    const r = await store.addCoding({ documentId: doc.id, codeId: code.id, start: 0, end: 1 });
    spy.mockRestore();

    expect(r).toMatchObject({
      ok: false,
      reason: 'The change could not be saved: The quota has been exceeded.',
      error: { code: 'store.notSaved', params: { detail: 'The quota has been exceeded.' } },
    });
    expect(failures).toEqual(['quota']);
    expect(store.getState()).toBe(before);
    expect(await countCodings(db)).toBe(codingsBefore);
    store.close();
  });
});
