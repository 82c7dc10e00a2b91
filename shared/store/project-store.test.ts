import { describe, expect, it } from 'vitest';
import { getCoding } from '../db/coding-storage';
import type { MazmunDb } from '../db/database';
import { importSnapshot } from '../db/snapshot-repo';
import { buildSnapshot } from '../db/test-builders';
import { newTestIdb, openTestDb, uniqueDbName } from '../db/test-db';
import type { Code } from '../model/types';
import { openProjectStore, type ProjectStore } from './project-store';
import type { ProjectState } from './store-state';

async function setup(db?: MazmunDb) {
  const d = db ?? (await openTestDb());
  const snap = buildSnapshot();
  const r = await importSnapshot(d, snap);
  if (!r.ok) throw new Error(r.reason);
  const store = await openProjectStore(d, snap.project.id);
  return { db: d, snap, store };
}

function must<T>(r: { ok: true; data: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

/** Everything a fresh store sees, comparable across instances. */
function comparable(s: ProjectState) {
  const sorted = <T extends { id: string }>(xs: readonly T[]) =>
    [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return {
    documents: sorted(s.documents),
    cases: sorted(s.cases),
    attributes: sorted(s.attributes),
    codes: sorted(s.codes),
    memos: sorted(s.memos),
    coders: sorted(s.coders),
    codings: sorted([...s.codings.values()]),
  };
}

function nextChange(store: ProjectStore): Promise<ProjectState> {
  return new Promise((resolve) => {
    const off = store.subscribe(() => {
      off();
      resolve(store.getState());
    });
  });
}

describe('ProjectStore', () => {
  it('loads once, writes through, and a fresh store sees the same project', async () => {
    const { db, snap, store } = await setup();
    const s0 = store.getState();
    expect(s0.codingCount).toBe(snap.codings.length);
    expect(s0.documents.map((d) => d.title)).toEqual(snap.documents.map((d) => d.title));
    expect('text' in (s0.documents[0] as object)).toBe(false);

    const code = must(await store.createCode({ name: 'Security' }));
    const [doc] = must(
      await store.addDocuments([{ title: 'Interview 3', text: 'Border security.' }]),
    );
    must(await store.addCoding({ documentId: doc!.id, codeId: code.id, start: 7, end: 15 }));
    must(await store.renameDocument(doc!.id, 'Interview 3b'));
    const kase = must(await store.createCase({ name: 'Expert 2' }));
    must(await store.setDocumentCase(doc!.id, kase.id));
    const attr = must(
      await store.createAttribute({ name: 'Role', type: 'category', options: ['x', 'y'] }),
    );
    must(await store.updateCase(kase.id, { values: { [attr.id]: 'y' } }));
    expect((await store.updateCase(kase.id, { values: { [attr.id]: 'z' } })).ok).toBe(false);

    const fresh = await openProjectStore(db, snap.project.id);
    expect(comparable(fresh.getState())).toEqual(comparable(store.getState()));
    expect(fresh.getState().codings.referenceCount(code.id)).toBe(1);
    expect(must(await fresh.getDocumentText(doc!.id))).toBe('Border security.');
    store.close();
    fresh.close();
  });

  it('publishes a new state object with a higher version on every change', async () => {
    const { store, snap } = await setup();
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.getState().version));
    const before = store.getState();
    expect(store.getState()).toBe(before); // stable between changes
    must(await store.updateCode(snap.codes[0]!.id, { name: 'Economics' }));
    const after = store.getState();
    expect(after).not.toBe(before);
    expect(after.version).toBe(before.version + 1);
    expect(after.documents).toBe(before.documents); // untouched lists keep identity
    off();
    must(await store.updateCode(snap.codes[0]!.id, { name: 'Economy' }));
    expect(seen).toEqual([before.version + 1]);
    store.close();
  });

  it('undoes and redoes adding and removing a coding; counts come from the index', async () => {
    const { db, snap, store } = await setup();
    const [parent] = snap.codes as Code[];
    const doc = snap.documents[1]!;
    const refs = () => store.getState().codings.referenceCount(parent!.id);
    const r0 = refs();
    const c = must(
      await store.addCoding({ documentId: doc.id, codeId: parent!.id, start: 6, end: 13 }),
    );
    expect(refs()).toBe(r0 + 1);
    expect(store.getState().undoLabel).toEqual({ kind: 'add-coding', subject: parent!.name });
    expect(must(await store.undo()).kind).toBe('add-coding');
    expect(refs()).toBe(r0);
    expect(await getCoding(db, c.id)).toBeUndefined();
    expect(store.getState().canRedo).toBe(true);
    must(await store.redo());
    expect(refs()).toBe(r0 + 1);
    expect(await getCoding(db, c.id)).toBeDefined();

    must(await store.removeCoding(c.id));
    expect(refs()).toBe(r0);
    must(await store.undo());
    expect(store.getState().codings.get(c.id)).toEqual(c);
    expect(store.getState().codings.sourceCount(parent!.id)).toBe(2);
    // A new command drops the redo history.
    must(await store.undo());
    expect(store.getState().canRedo).toBe(true);
    must(await store.createCode({ name: 'New' }));
    expect(store.getState().canRedo).toBe(false);
    expect((await store.redo()).ok).toBe(false);
    store.close();
  });

  it('undoes a merge and a move, in memory and in the database', async () => {
    const { db, snap, store } = await setup();
    const [parent, child] = snap.codes as Code[];
    const other = must(await store.createCode({ name: 'Other' }));
    must(
      await store.addCoding({
        documentId: snap.documents[1]!.id,
        codeId: other.id,
        start: 0,
        end: 5,
      }),
    );
    const total = store.getState().codingCount;
    const before = comparable(store.getState());

    must(await store.mergeCodes(child!.id, other.id));
    const s1 = store.getState();
    expect(s1.codes.some((c) => c.id === child!.id)).toBe(false);
    // The child's coding on the same passage as Other's was a duplicate and is dropped.
    expect(s1.codingCount).toBe(total - 1);
    expect(s1.codings.referenceCount(other.id)).toBe(2);
    expect(s1.undoLabel?.kind).toBe('merge-codes');

    must(await store.moveCode(other.id, parent!.id, 0));
    expect(store.getState().codes.find((c) => c.id === other.id)?.parentId).toBe(parent!.id);
    const cyc = await store.moveCode(parent!.id, other.id, 0);
    expect(cyc.ok).toBe(false);

    must(await store.undo()); // move
    must(await store.undo()); // merge
    expect(comparable(store.getState())).toEqual(before);
    const fresh = await openProjectStore(db, snap.project.id);
    expect(comparable(fresh.getState())).toEqual(before);
    must(await store.redo());
    must(await store.redo());
    expect(store.getState().codes.find((c) => c.id === other.id)?.parentId).toBe(parent!.id);
    store.close();
    fresh.close();
  });

  it('deleting a document or a code subtree updates the index, and undo brings all back', async () => {
    const { snap, store } = await setup();
    const before = comparable(store.getState());
    must(await store.deleteDocument(snap.documents[0]!.id));
    expect(store.getState().codings.countByDocument(snap.documents[0]!.id)).toBe(0);
    expect(store.getState().codingCount).toBe(1);
    must(await store.deleteCode(snap.codes[0]!.id));
    expect(store.getState().codes.length).toBe(0);
    expect(store.getState().codingCount).toBe(0);
    must(await store.undo());
    must(await store.undo());
    expect(comparable(store.getState())).toEqual(before);
    expect(must(await store.getDocumentText(snap.documents[0]!.id))).toBe(snap.documents[0]!.text);
    store.close();
  });

  it('reloads when another window writes the same project', async () => {
    const idb = newTestIdb();
    const name = uniqueDbName('xwin');
    const dbA = await openTestDb(idb, name);
    const { snap, store: a } = await setup(dbA);
    const dbB = await openTestDb(idb, name);
    const b = await openProjectStore(dbB, snap.project.id);
    const changed = nextChange(b);
    const code = must(await a.createCode({ name: 'From A' }));
    const seen = await changed;
    expect(seen.codes.some((c) => c.id === code.id)).toBe(true);
    expect(comparable(b.getState())).toEqual(comparable(a.getState()));
    a.close();
    b.close();
    // After close, commands are refused.
    expect((await a.createCode({ name: 'late' })).ok).toBe(false);
  });
});
