import { describe, expect, it } from 'vitest';
import { importSnapshot } from '../db/snapshot-repo';
import { listSets } from '../db/sets-repo';
import { buildSnapshot } from '../db/test-builders';
import { openTestDb } from '../db/test-db';
import { documentsInSet } from '../analysis/document-sets';
import { openProjectStore } from './project-store';

async function setup() {
  const db = await openTestDb();
  const snap = buildSnapshot({ sets: [] });
  const r = await importSnapshot(db, snap);
  if (!r.ok) throw new Error(r.reason);
  const store = await openProjectStore(db, snap.project.id);
  return { db, snap, store };
}

function must<T>(r: { ok: true; data: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

describe('store: document sets', () => {
  it('create, rename, delete: each one undo step, memory and database agree', async () => {
    const { db, snap, store } = await setup();
    const [fa] = snap.documents;
    const s = must(await store.sets.create({ name: 'A', kind: 'manual', documentIds: [fa!.id] }));
    expect(store.getState().sets).toEqual([s]);
    expect(store.getState().undoLabel).toEqual({ kind: 'create-set', subject: 'A' });
    must(await store.sets.update(s.id, { name: 'B' }));
    expect(store.getState().sets.map((x) => x.name)).toEqual(['B']);
    must(await store.sets.remove(s.id));
    expect(store.getState().sets).toEqual([]);
    must(await store.undo()); // the delete
    expect(store.getState().sets.map((x) => x.name)).toEqual(['B']);
    must(await store.undo()); // the rename
    expect((await listSets(db, snap.project.id)).map((x) => x.name)).toEqual(['A']);
    must(await store.undo()); // the create
    expect(store.getState().sets).toEqual([]);
    expect(await listSets(db, snap.project.id)).toEqual([]);
    must(await store.redo());
    expect(store.getState().sets).toEqual([s]);
    store.close();
  });

  it('undoing a document delete puts it back in its manual set', async () => {
    const { snap, store } = await setup();
    const [fa, en] = snap.documents;
    const s = must(
      await store.sets.create({ name: 'Both', kind: 'manual', documentIds: [fa!.id, en!.id] }),
    );
    must(await store.deleteDocument(fa!.id));
    expect(store.getState().sets[0]?.documentIds).toEqual([en!.id]);
    must(await store.undo());
    expect(store.getState().sets).toEqual([s]);
    store.close();
  });

  it('a rule set’s members follow the cases: a document given a matching case joins it', async () => {
    const { snap, store } = await setup();
    const [fa, en] = snap.documents;
    const year = snap.attributes[0]!;
    const kase = snap.cases[0]!; // year 1402 in the builder; fa belongs to it, en has no case
    const s = must(
      await store.sets.create({
        name: '1402',
        kind: 'rule',
        rule: { match: 'all', conditions: [{ attributeId: year.id, values: ['۱۴۰۲'] }] },
      }),
    );
    const members = () => {
      const st = store.getState();
      return documentsInSet(st.sets[0]!, st.documents, st.cases).map((d) => d.id);
    };
    expect(members()).toEqual([fa!.id]);
    must(await store.setDocumentCase(en!.id, kase.id));
    expect(members()).toEqual([fa!.id, en!.id]);
    expect(s.documentIds).toEqual([]);
    store.close();
  });
});
