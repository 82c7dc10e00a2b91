// The renderer's replica (renderer/sync/replica.ts) on a real PouchDB (memory adapter, node):
// failures come back as refusals and nothing is lost when the store refuses a batch.
import { createRequire } from 'node:module';
import type { PouchDb, PouchDoc } from 'pouchdb-browser';
import { describe, expect, it, vi } from 'vitest';
import { refuse } from '../shared/errors';
import { importSnapshot } from '../shared/db/snapshot-repo';
import { buildCode, buildCoding, buildProject, buildSnapshot } from '../shared/db/test-builders';
import { openTestDb } from '../shared/db/test-db';
import type { ChangeSet } from '../shared/db/changes';
import type { CodeId, DocumentId } from '../shared/model/ids';
import type { Code } from '../shared/model/types';
import { ok, type Result } from '../shared/model/snapshot';
import { openProjectStore, type ProjectStore } from '../shared/store/project-store';
import { changesToDocs } from '../shared/sync/docs';
import { Replica } from '../renderer/sync/replica';

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-memory'));
let n = 0;
const db = () => new PouchDB(`replica-${++n}`, { adapter: 'memory' });

const project = buildProject();
const doc = 'd1' as DocumentId;
const code = buildCode({ projectId: project.id, name: 'Trade' });
const coding = buildCoding({ projectId: project.id, documentId: doc, codeId: code.id, end: 4 });

/** A store that refuses while `refusing`, and records what it applied. */
function fakeStore() {
  const applied: ChangeSet[] = [];
  const s = {
    refusing: true,
    applied,
    projectId: project.id,
    getState: () => ({
      documents: [{ id: doc, projectId: project.id, length: 100 }],
      cases: [],
      attributes: [],
      // The codes applied so far are here, as in a real store.
      codes: applied.flatMap((c) => (c.codes ?? []).flatMap((x) => (x.after ? [x.after] : []))),
      memos: [],
      coders: [],
      sets: [],
      codings: new Map(),
    }),
    applyRemote: async (build: () => ChangeSet): Promise<Result<number>> => {
      const c = build();
      if (s.refusing) return refuse('store.projectClosed');
      applied.push(c);
      return ok(1);
    },
  };
  return s;
}

const remote = (c: ChangeSet, by = 'bob') => changesToDocs(c, { by, origin: 'elsewhere', at: 1 });

describe('Replica', () => {
  it('returns a refused apply (no throw), keeps its place and its held codings', async () => {
    const d = db();
    const replica = await Replica.open(d, 'alice');
    const store = fakeStore();
    // The coding arrives before its code: it is held until the code comes.
    await d.bulkDocs(remote({ codings: [{ before: null, after: coding }] }));
    store.refusing = false;
    expect((await replica.pump(store as unknown as ProjectStore)).ok).toBe(true);
    expect(store.applied.flatMap((c) => c.codings ?? [])).toEqual([]);
    // The code arrives, but the store refuses the batch: the refusal is returned.
    await d.bulkDocs(remote({ codes: [{ before: null, after: code }] }));
    store.refusing = true;
    const r = await replica.pump(store as unknown as ProjectStore);
    expect(r.ok ? null : r.error?.code).toBe('store.projectClosed');
    // Once the store accepts, the code and the held coding are both applied: nothing vanished.
    store.refusing = false;
    expect((await replica.pump(store as unknown as ProjectStore)).ok).toBe(true);
    const all = store.applied.slice(1);
    expect(all.flatMap((c) => c.codes ?? []).map((x) => x.after?.id)).toEqual([code.id]);
    expect(all.flatMap((c) => c.codings ?? []).map((x) => x.after?.id)).toEqual([coding.id]);
  });

  it('refuses a write the database would not take and counts it as unsent', async () => {
    const d = db();
    const broken = Object.create(d);
    broken.bulkDocs = async (docs: { _id: string }[]) =>
      docs.map((x) => ({ id: x._id, error: 'forbidden' }));
    const replica = await Replica.open(broken, 'alice');
    const other = buildCode({ projectId: project.id, id: 'k2' as CodeId });
    const r = await replica.write({ codes: [{ before: null, after: other }] });
    expect(r.ok ? null : r.error?.code).toBe('sync.notWritten');
    expect([...replica.unsent]).toEqual([`codes:k2`]);
  });

  it('brings back a deleted parent with its used sub-code, marked and in the feed', async () => {
    const d: PouchDb = db();
    const replica = await Replica.open(d, 'bob');
    const parent = buildCode({ projectId: project.id, name: 'Economy' });
    const child = buildCode({ projectId: project.id, name: 'Trade', parentId: parent.id });
    const mine = buildCoding({ projectId: project.id, documentId: doc, codeId: child.id, end: 4 });
    const described: string[] = [];
    replica.activity.describe = async (c, stamp) => {
      const restored = (c.codes ?? []).filter((r) => stamp.restored?.has(r.after?.id ?? ''));
      described.push(
        ...restored.map((r) => `${r.after?.name} ← ${stamp.restored?.get(r.after?.id ?? '')}`),
      );
      return [];
    };
    const store = fakeStore();
    store.refusing = false;
    // Bob's replica holds both codes and his coding with the sub-code.
    const base = { codes: [parent, child], codings: new Map([[mine.id, mine]]) };
    const realState = store.getState;
    store.getState = () => ({ ...realState(), ...base });
    // Alice created both codes; they reach Bob's replica.
    await d.bulkDocs(
      remote(
        {
          codes: [
            { before: null, after: parent },
            { before: null, after: child },
          ],
        },
        'alice',
      ) as unknown as PouchDoc[],
    );
    await replica.pump(store as unknown as ProjectStore);
    // Alice deletes "Economy", and with it its subtree (one command, shared/db/codes-repo.ts).
    await d.bulkDocs(
      (await d.allDocs({ keys: [`codes:${parent.id}`, `codes:${child.id}`] })).rows.map((r) => ({
        _id: r.id,
        _rev: r.value?.rev,
        _deleted: true,
        table: 'codes',
        by: 'alice',
        origin: 'elsewhere',
        at: 2,
      })),
    );
    store.applied.splice(0);
    expect((await replica.pump(store as unknown as ProjectStore)).ok).toBe(true);
    // Nothing was deleted here, and both came back in the replica, parent included.
    expect(store.applied.flatMap((c) => c.codes ?? [])).toEqual([]);
    const back = await d.allDocs({
      keys: [`codes:${parent.id}`, `codes:${child.id}`],
      include_docs: true,
    });
    expect(
      back.rows.map((r) => (r.doc as { row?: { name: string } } | undefined)?.row?.name),
    ).toEqual(['Economy', 'Trade']);
    expect(back.rows.map((r) => r.doc?.restoredFrom)).toEqual(['alice', 'alice']);
    // The feed is written in the background (activity.record is not awaited by the pump).
    await vi.waitFor(() => expect(described).toEqual(['Economy ← alice', 'Trade ← alice']));
  });

  it('moves a revived code whose parent is gone to the top level in the store too', async () => {
    const snap = buildSnapshot();
    const [parent, child] = snap.codes as [Code, Code];
    // Bob coded with "Trade" only; "Economy" has no codings of its own.
    const codings = snap.codings.filter((c) => c.codeId === child.id);
    const mdb = await openTestDb();
    const imported = await importSnapshot(mdb, { ...snap, codings, memos: [] });
    if (!imported.ok) throw new Error(imported.reason);
    const store = await openProjectStore(mdb, snap.project.id);
    const d: PouchDb = db();
    const replica = await Replica.open(d, 'bob');
    const put = (docs: unknown[]) => d.bulkDocs(docs as PouchDoc[]);
    await put(remote({ codes: [parent, child].map((c) => ({ before: null, after: c })) }, 'alice'));
    expect((await replica.pump(store)).ok).toBe(true);
    const gone = async (id: string) => {
      const rev = (await d.allDocs({ keys: [`codes:${id}`] })).rows[0]?.value?.rev;
      await put([
        { _id: `codes:${id}`, _rev: rev, _deleted: true, by: 'alice', origin: 'x', at: 2 },
      ]);
    };
    // "Economy"'s deletion is applied in an earlier batch than "Trade"'s: it is gone here.
    await gone(parent.id);
    expect((await replica.pump(store)).ok).toBe(true);
    expect(store.getState().codes.map((c) => c.id)).toEqual([child.id]);
    await gone(child.id);
    expect((await replica.pump(store)).ok).toBe(true);
    // Kept for Bob's codings, at the top level: here, in the database, and in the replica.
    expect(store.getState().codes.map((c) => [c.id, c.parentId])).toEqual([[child.id, null]]);
    const again = await openProjectStore(mdb, snap.project.id);
    expect(again.getState().codes.map((c) => [c.id, c.parentId])).toEqual([[child.id, null]]);
    const doc = await d.get(`codes:${child.id}`);
    expect((doc as unknown as { row: Code }).row.parentId).toBeNull();
    expect(store.getState().codings.size).toBe(codings.length);
  });
});
