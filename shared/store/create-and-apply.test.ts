import { describe, expect, it } from 'vitest';
import { readCodeCodings } from '../db/coding-storage';
import { importSnapshot } from '../db/snapshot-repo';
import { buildSnapshot } from '../db/test-builders';
import { openTestDb } from '../db/test-db';
import { openProjectStore } from './project-store';

async function setup() {
  const db = await openTestDb();
  const snap = buildSnapshot();
  const r = await importSnapshot(db, snap);
  if (!r.ok) throw new Error(r.reason);
  const store = await openProjectStore(db, snap.project.id);
  const doc = snap.documents[0];
  if (!doc) throw new Error('builder gave no document');
  return { db, snap, store, doc };
}

describe('ProjectStore.createCodeAndApply', () => {
  it('creates the code and its codings as one undo step', async () => {
    const { db, store, doc } = await setup();
    const codesBefore = store.getState().codes.length;
    const codingsBefore = store.getState().codingCount;
    const r = await store.createCodeAndApply({ name: 'اعتماد' }, [
      { documentId: doc.id, start: 0, end: 2 },
      { documentId: doc.id, start: 3, end: 5 },
    ]);
    if (!r.ok) throw new Error(r.reason);
    expect(store.getState().codes.length).toBe(codesBefore + 1);
    expect(store.getState().codings.referenceCount(r.data.code.id)).toBe(2);
    expect((await readCodeCodings(db, [r.data.code.id])).length).toBe(2);

    const undone = await store.undo();
    expect(undone.ok).toBe(true);
    expect(store.getState().codes.length).toBe(codesBefore);
    expect(store.getState().codingCount).toBe(codingsBefore);
    expect(await db.codes.get(r.data.code.id)).toBeUndefined();
  });

  it('leaves no code behind when a passage is refused', async () => {
    const { db, store, doc } = await setup();
    const codesBefore = await db.codes.count();
    const failures: string[] = [];
    store.onFailure((kind) => failures.push(kind));
    const r = await store.createCodeAndApply({ name: 'Trust' }, [
      { documentId: doc.id, start: 0, end: 10_000_000 },
    ]);
    expect(r.ok).toBe(false);
    expect(await db.codes.count()).toBe(codesBefore);
    expect(store.getState().codes.some((c) => c.name === 'Trust')).toBe(false);
    expect(failures).toEqual([]);
  });
});

describe('ProjectStore.createCaseFor', () => {
  it('creates a case and gives it to the document as one undo step', async () => {
    const { db, store, doc } = await setup();
    const casesBefore = store.getState().cases.length;
    const caseBefore = store.getState().documents.find((d) => d.id === doc.id)?.caseId ?? null;
    const r = await store.createCaseFor(doc.id, { name: 'مصاحبه‌شوندهٔ ۱۷' });
    if (!r.ok) throw new Error(r.reason);
    expect(store.getState().documents.find((d) => d.id === doc.id)?.caseId).toBe(r.data.id);
    expect((await db.documents.get(doc.id))?.caseId).toBe(r.data.id);

    expect((await store.undo()).ok).toBe(true);
    expect(store.getState().cases.length).toBe(casesBefore);
    expect(store.getState().documents.find((d) => d.id === doc.id)?.caseId ?? null).toBe(
      caseBefore,
    );
    expect(await db.cases.get(r.data.id)).toBeUndefined();
  });

  it('leaves no case behind when the document is gone', async () => {
    const { db, store, doc } = await setup();
    const casesBefore = await db.cases.count();
    expect((await store.deleteDocument(doc.id)).ok).toBe(true);
    const r = await store.createCaseFor(doc.id, { name: 'Orphan' });
    expect(r.ok).toBe(false);
    expect(await db.cases.count()).toBe(casesBefore);
  });
});
