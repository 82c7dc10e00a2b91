import { describe, expect, it } from 'vitest';
import { codeTree } from '../../shared/analysis/code-tree';
import { buildCode, buildProject } from '../../shared/db/test-builders';
import type { CodeId } from '../../shared/model';
import { codeCounts, filterCodes } from './code-system-model';

const projectId = buildProject().id;
const root = buildCode({ projectId, name: 'انگیزشی', order: 0 });
const mid = buildCode({ projectId, name: 'همکاری اقتصادی', parentId: root.id, order: 0 });
const leafA = buildCode({ projectId, name: 'کریدور', parentId: mid.id, order: 0 });
const leafB = buildCode({ projectId, name: 'می‌خواهم', parentId: root.id, order: 1 });
const lone = buildCode({ projectId, name: 'Energy', order: 1 });
const tree = codeTree([root, mid, leafA, leafB, lone]);
// Own references: the parent has none of its own (the case the issue reports as "انگیزشی 0").
const own = new Map<CodeId, number>([
  [mid.id, 1],
  [leafA.id, 2],
  [leafB.id, 3],
  [lone.id, 4],
]);

describe('code system counts', () => {
  it('counts own references only', () => {
    const c = codeCounts(tree, (id) => own.get(id) ?? 0, 'own');
    expect([c.get(root.id), c.get(mid.id), c.get(leafA.id), c.get(lone.id)]).toEqual([0, 1, 2, 4]);
  });

  it('adds every descendant to a subtree count', () => {
    const c = codeCounts(tree, (id) => own.get(id) ?? 0, 'subtree');
    // root = mid 1 + leafA 2 + leafB 3 = 6; mid = 1 + 2 = 3.
    expect([c.get(root.id), c.get(mid.id), c.get(leafA.id), c.get(lone.id)]).toEqual([6, 3, 2, 4]);
  });
});

describe('code system filter', () => {
  it('shows nothing filtered for an empty query', () => {
    expect(filterCodes(tree, '  ')).toBeNull();
  });

  it('keeps a match with its ancestors', () => {
    expect(filterCodes(tree, 'کریدور')).toEqual(new Set([root.id, mid.id, leafA.id]));
  });

  it('matches Arabic ي/ك and a missing half-space as the search does', () => {
    expect(filterCodes(tree, 'همكاري')).toEqual(new Set([root.id, mid.id]));
    expect(filterCodes(tree, 'میخواهم')).toEqual(new Set([root.id, leafB.id]));
  });

  it('matches Latin names without regard to case', () => {
    expect(filterCodes(tree, 'energy')).toEqual(new Set([lone.id]));
    expect(filterCodes(tree, 'nothing')).toEqual(new Set());
  });
});
