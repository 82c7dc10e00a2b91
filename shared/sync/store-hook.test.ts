// The store's sync hook point (shared/store/store-core.ts): local commands go out through
// onLocalChanges; changes applied with applyRemote reach the database and memory but never echo.
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../db/changes';
import { importSnapshot } from '../db/snapshot-repo';
import { buildCoding, buildSnapshot } from '../db/test-builders';
import { openTestDb } from '../db/test-db';
import { openProjectStore } from '../store/project-store';

async function setup() {
  const db = await openTestDb();
  const snap = buildSnapshot();
  const r = await importSnapshot(db, snap);
  if (!r.ok) throw new Error(r.reason);
  return { db, snap, store: await openProjectStore(db, snap.project.id) };
}

describe('sync hook point', () => {
  it('reports a local command, undo and redo, each with its ChangeSet', async () => {
    const { snap, store } = await setup();
    const seen: ChangeSet[] = [];
    store.onLocalChanges((c) => seen.push(c));
    const code = snap.codes[0]!;
    expect((await store.updateCode(code.id, { name: 'Renamed' })).ok).toBe(true);
    await store.undo();
    await store.redo();
    expect(seen.map((c) => c.codes?.[0]?.after?.name)).toEqual(['Renamed', code.name, 'Renamed']);
  });

  it('applies a remote coding to the database and the index without reporting it', async () => {
    const { db, snap, store } = await setup();
    const seen: ChangeSet[] = [];
    store.onLocalChanges((c) => seen.push(c));
    const before = store.getState().codingCount;
    const remote = buildCoding({
      projectId: snap.project.id,
      documentId: snap.documents[1]!.id,
      codeId: snap.codes[0]!.id,
      start: 0,
      end: 5,
    });
    const r = await store.applyRemote(() => ({ codings: [{ before: null, after: remote }] }));
    expect(r).toEqual({ ok: true, data: 1 });
    expect(store.getState().codingCount).toBe(before + 1);
    expect(store.getState().codings.get(remote.id)).toEqual(remote);
    expect(seen).toEqual([]);
    // Nothing to undo: a colleague's coding is not this window's step.
    expect(store.getState().canUndo).toBe(false);
    // In the database too: a fresh store sees it.
    const again = await openProjectStore(db, snap.project.id);
    expect(again.getState().codings.get(remote.id)).toEqual(remote);
  });
});
