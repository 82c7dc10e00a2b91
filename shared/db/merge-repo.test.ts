import { describe, expect, it } from 'vitest';
import { planMerge } from '../exchange/merge-plan';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Document } from '../model/types';
import { openProjectStore } from '../store/project-store';
import { countCodings } from './coding-storage';
import { loadMergeBase } from './merge-repo';
import { exportSnapshot, importSnapshot } from './snapshot-repo';
import {
  buildCode,
  buildCoding,
  buildDocument,
  buildOtherCoderCopy,
  buildSnapshot,
} from './test-builders';
import { openTestDb } from './test-db';

function must<T>(r: { ok: true; data: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

async function setup() {
  const db = await openTestDb();
  const ours = buildSnapshot();
  must(await importSnapshot(db, ours));
  const store = await openProjectStore(db, ours.project.id);
  return { db, ours, store };
}

/** Coder B's copy: same documents and codes, a coder B with one coding, a new code and document. */
function theirWork(ours: ProjectSnapshot) {
  const pid = ours.project.id;
  const fa = ours.documents[0] as Document;
  const sanction = buildCode({ projectId: pid, name: 'Sanctions' });
  const extra = buildDocument({ projectId: pid, title: 'Interview 3', text: 'New words here.' });
  const { theirs, coder: b } = buildOtherCoderCopy(
    ours,
    (coder) => [
      buildCoding({
        projectId: pid,
        documentId: fa.id,
        codeId: sanction.id,
        start: 0,
        end: 6,
        coderId: coder.id,
      }),
      buildCoding({ projectId: pid, documentId: extra.id, codeId: sanction.id, coderId: coder.id }),
    ],
    {
      project: { ...ours.project, id: 'their-project' as never, name: 'B copy' },
      documents: [...ours.documents, extra],
      codes: [...ours.codes, sanction],
    },
  );
  return { theirs, b, sanction, extra };
}

describe('applyMerge through the store', () => {
  it('writes the new rows in one step, and one undo removes them all', async () => {
    const { db, ours, store } = await setup();
    const { theirs } = theirWork(ours);
    const plan = planMerge(theirs, await loadMergeBase(db, ours.project.id));
    const outcome = must(await store.mergeProject(plan));
    // Counted by hand from theirWork: coder B, code Sanctions, Interview 3, B's two codings.
    expect(outcome).toEqual({
      documents: 1,
      codes: 1,
      coders: 1,
      codings: 2,
      cases: 0,
      attributes: 0,
      memos: 0,
    });
    const state = store.getState();
    expect(state.coders.map((c) => c.name).sort()).toEqual(['B', 'Coder A']);
    expect(state.codingCount).toBe(5);
    expect(state.undoLabel).toEqual({ kind: 'merge-project', subject: 'B copy' });
    const stored = await exportSnapshot(db, ours.project.id);
    expect(stored.documents.map((d) => d.title)).toContain('Interview 3');
    expect(await countCodings(db, ours.project.id)).toBe(5);

    must(await store.undo());
    expect(store.getState().codingCount).toBe(3);
    expect(store.getState().canUndo).toBe(false);
    const after = await exportSnapshot(db, ours.project.id);
    expect(after.documents).toHaveLength(2);
    expect(after.codes).toHaveLength(2);
    expect(after.coders).toHaveLength(1);
    expect(await countCodings(db, ours.project.id)).toBe(3);
  });

  it('merging the same file twice adds nothing the second time', async () => {
    const { db, ours, store } = await setup();
    const { theirs } = theirWork(ours);
    must(await store.mergeProject(planMerge(theirs, await loadMergeBase(db, ours.project.id))));
    const again = planMerge(theirs, await loadMergeBase(db, ours.project.id));
    const r = await store.mergeProject(again);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error?.code).toBe('merge.nothingToAdd');
    expect(again.codings.alreadyHere).toBe(5);
    expect(store.getState().codingCount).toBe(5);
  });

  it('refuses, writing nothing, when a matched document was deleted since the plan', async () => {
    const { db, ours, store } = await setup();
    const { theirs } = theirWork(ours);
    const plan = planMerge(theirs, await loadMergeBase(db, ours.project.id));
    must(await store.deleteDocument(ours.documents[1]!.id));
    const r = await store.mergeProject(plan);
    expect(!r.ok && r.error?.code).toBe('merge.baseChanged');
    expect(await countCodings(db, ours.project.id)).toBe(2);
  });
});

describe('the current coder of a window', () => {
  it('is stamped on every new coding: a passage, a new code with passages, many at once', async () => {
    const { ours, store } = await setup();
    const coder = must(await store.createCoder('B'));
    store.setCurrentCoder(coder.id);
    const fa = ours.documents[0]!;
    const one = must(
      await store.addCoding({ documentId: fa.id, codeId: ours.codes[0]!.id, start: 1, end: 3 }),
    );
    const made = must(
      await store.createCodeAndApply({ name: 'New' }, [{ documentId: fa.id, start: 2, end: 4 }]),
    );
    const many = must(
      await store.addCodings([{ documentId: fa.id, codeId: ours.codes[1]!.id, start: 3, end: 5 }]),
    );
    expect([one, ...made.codings, ...many].map((c) => c.coderId)).toEqual([
      coder.id,
      coder.id,
      coder.id,
    ]);
    // A caller that names the coder (an import) keeps its own.
    const own = must(
      await store.addCoding({
        documentId: fa.id,
        codeId: ours.codes[0]!.id,
        start: 1,
        end: 2,
        coderId: null,
      }),
    );
    expect(own.coderId).toBeNull();
  });
});
