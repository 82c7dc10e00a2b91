import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildMemo, buildProject } from '../db/test-builders';
import type { CodeId, DocumentId } from '../model/ids';
import { planRemote, type LocalView } from './orphans';

const p = buildProject();
const code = buildCode({ projectId: p.id, name: 'Trust' });
const d1 = 'd1' as DocumentId;
const mine = buildCoding({ projectId: p.id, documentId: d1, codeId: code.id });

function here(o: Partial<LocalView> = {}): LocalView {
  return {
    hasCode: () => true,
    hasDocument: () => true,
    codingsOfCode: () => [],
    ...o,
  };
}

describe('a code deleted elsewhere while coded here', () => {
  it('is not deleted here and is re-published when codings here still use it', () => {
    const plan = planRemote(
      { codes: [{ before: code, after: null }] },
      here({ codingsOfCode: (id) => (id === code.id ? [mine.id] : []) }),
    );
    expect(plan.changes.codes).toEqual([]);
    expect(plan.revive).toEqual([code]);
  });

  it('is deleted when the same change deletes all its codings here', () => {
    const plan = planRemote(
      { codes: [{ before: code, after: null }], codings: [{ before: mine, after: null }] },
      here({ codingsOfCode: () => [mine.id] }),
    );
    expect(plan.changes.codes).toHaveLength(1);
    expect(plan.revive).toEqual([]);
  });

  it('a coding whose code is not here waits instead of being dropped', () => {
    const plan = planRemote(
      { codings: [{ before: null, after: mine }] },
      here({ hasCode: () => false }),
    );
    expect(plan.changes.codings).toEqual([]);
    expect(plan.waiting).toEqual([`codings:${mine.id}`]);
  });

  it('a coding arriving with its code in the same batch is applied', () => {
    const plan = planRemote(
      { codes: [{ before: null, after: code }], codings: [{ before: null, after: mine }] },
      here({ hasCode: () => false }),
    );
    expect(plan.changes.codings).toHaveLength(1);
    expect(plan.waiting).toEqual([]);
  });
});

describe('a sub-code revived while its parent was deleted with it', () => {
  const parent = buildCode({ projectId: p.id, name: 'Economy' });
  const child = buildCode({ projectId: p.id, name: 'Trade', parentId: parent.id });
  const grand = buildCode({ projectId: p.id, name: 'Tariffs', parentId: child.id });
  const onGrand = buildCoding({ projectId: p.id, documentId: d1, codeId: grand.id });
  // Deleting "Economy" deletes its subtree in one change (shared/db/codes-repo.ts deleteCode).
  const subtreeGone = {
    codes: [parent, child, grand].map((c) => ({ before: c, after: null })),
  };

  it('revives every deleted ancestor, parents first, so no parentId dangles', () => {
    const plan = planRemote(
      subtreeGone,
      here({ codingsOfCode: (id) => (id === grand.id ? [onGrand.id] : []) }),
    );
    expect(plan.revive.map((c) => c.name)).toEqual(['Economy', 'Trade', 'Tariffs']);
    expect(plan.changes.codes).toEqual([]);
    // Every revived code's parent is either the top level or another revived code.
    const ids = new Set(plan.revive.map((c) => c.id));
    for (const c of plan.revive) expect(c.parentId === null || ids.has(c.parentId)).toBe(true);
  });

  it('revives only the branch that is used; an unused sibling stays deleted', () => {
    const sibling = buildCode({ projectId: p.id, name: 'Fishing', parentId: parent.id });
    const plan = planRemote(
      { codes: [...subtreeGone.codes, { before: sibling, after: null }] },
      here({ codingsOfCode: (id) => (id === child.id ? ['x'] : []) }),
    );
    expect(plan.revive.map((c) => c.name)).toEqual(['Economy', 'Trade']);
    expect(plan.changes.codes?.map((r) => r.before?.name)).toEqual(['Tariffs', 'Fishing']);
  });

  it('moves the code to the top level when its parent is already gone here', () => {
    const plan = planRemote(
      { codes: [{ before: child, after: null }] },
      here({
        hasCode: (id) => id !== parent.id,
        codingsOfCode: (id) => (id === child.id ? ['x'] : []),
      }),
    );
    expect(plan.revive).toEqual([{ ...child, parentId: null }]);
    // …and here too: the replica never applies its own re-published row.
    expect(plan.changes.codes).toEqual([{ before: child, after: { ...child, parentId: null } }]);
  });

  it('keeps the parent when it is still here', () => {
    const plan = planRemote(
      { codes: [{ before: child, after: null }] },
      here({ codingsOfCode: (id) => (id === child.id ? ['x'] : []) }),
    );
    expect(plan.revive).toEqual([child]);
  });

  it('brings back the memo on a revived code deleted with it', () => {
    const memo = buildMemo({ projectId: p.id, target: { kind: 'code', id: child.id } });
    const other = buildMemo({ projectId: p.id, target: { kind: 'code', id: 'gone' as CodeId } });
    const plan = planRemote(
      {
        codes: [{ before: child, after: null }],
        memos: [
          { before: memo, after: null },
          { before: other, after: null },
        ],
      },
      here({ codingsOfCode: (id) => (id === child.id ? ['x'] : []) }),
    );
    expect(plan.reviveMemos).toEqual([memo]);
    expect(plan.changes.memos).toEqual([{ before: other, after: null }]);
  });
});
