import { describe, expect, it } from 'vitest';
import type { CodeId } from '../../../shared/model';
import { moveForDrop, siblingMove, treeKeyAction, visibleRows, type TreeEntry } from './tree-model';

const id = (s: string) => s as CodeId;
// g ─┬─ o1 ─┬─ b1
//    │      └─ b2 (Persian name with Arabic-keyboard letters)
//    └─ o2
// r
const entries: TreeEntry[] = [
  { id: id('g'), parentId: null, name: 'Global', depth: 0, childIds: [id('o1'), id('o2')] },
  { id: id('o1'), parentId: id('g'), name: 'Org one', depth: 1, childIds: [id('b1'), id('b2')] },
  { id: id('b1'), parentId: id('o1'), name: 'Basic', depth: 2, childIds: [] },
  { id: id('b2'), parentId: id('o1'), name: 'همکاري اقتصادي', depth: 2, childIds: [] },
  { id: id('o2'), parentId: id('g'), name: 'Org two', depth: 1, childIds: [] },
  { id: id('r'), parentId: null, name: 'Root', depth: 0, childIds: [] },
];

describe('visibleRows', () => {
  it('hides the children of collapsed codes and numbers siblings', () => {
    const rows = visibleRows(entries, new Set([id('g')]), '');
    expect(rows.map((r) => r.entry.id)).toEqual(['g', 'o1', 'o2', 'r']);
    expect(rows.map((r) => `${r.posInSet}/${r.setSize}`)).toEqual(['1/2', '1/2', '2/2', '2/2']);
    expect(rows[0]?.expanded).toBe(true);
    expect(rows[1]?.expanded).toBe(false);
  });

  it('searches Persian-aware and shows the ancestors of a match, expanded', () => {
    const rows = visibleRows(entries, new Set(), 'همکاری');
    expect(rows.map((r) => r.entry.id)).toEqual(['g', 'o1', 'b2']);
    expect(rows.map((r) => r.match)).toEqual([false, false, true]);
    expect(rows.every((r) => r.expanded || r.entry.childIds.length === 0)).toBe(true);
  });
});

describe('moveForDrop', () => {
  it('dropping onto a code makes it the last child', () => {
    expect(moveForDrop(entries, id('r'), id('o2'), 'inside')).toEqual({ parentId: 'o2', index: 0 });
    expect(moveForDrop(entries, id('r'), id('o1'), 'inside')).toEqual({ parentId: 'o1', index: 2 });
  });

  it('dropping between codes reorders among the siblings without counting the moved code', () => {
    expect(moveForDrop(entries, id('b1'), id('b2'), 'after')).toEqual({ parentId: 'o1', index: 1 });
    expect(moveForDrop(entries, id('r'), id('g'), 'before')).toEqual({ parentId: null, index: 0 });
  });

  it('refuses a drop into its own sub-tree and ignores drops that change nothing', () => {
    expect(moveForDrop(entries, id('g'), id('b1'), 'inside')).toBeNull();
    expect(moveForDrop(entries, id('g'), id('g'), 'inside')).toBeNull();
    expect(moveForDrop(entries, id('b1'), id('b2'), 'before')).toBeNull();
    expect(moveForDrop(entries, id('r'), null, 'inside')).toBeNull();
  });

  it('dropping on the root area makes a code a root', () => {
    expect(moveForDrop(entries, id('b1'), null, 'inside')).toEqual({ parentId: null, index: 2 });
  });
});

describe('treeKeyAction', () => {
  const rows = visibleRows(entries, new Set([id('g')]), '');
  it('moves, expands and collapses like the WAI-ARIA tree pattern', () => {
    expect(treeKeyAction(rows, id('g'), 'ArrowDown')).toEqual({ kind: 'focus', id: 'o1' });
    expect(treeKeyAction(rows, id('o1'), 'ArrowRight')).toEqual({ kind: 'expand', id: 'o1' });
    expect(treeKeyAction(rows, id('g'), 'ArrowRight')).toEqual({ kind: 'focus', id: 'o1' });
    expect(treeKeyAction(rows, id('g'), 'ArrowLeft')).toEqual({ kind: 'collapse', id: 'g' });
    expect(treeKeyAction(rows, id('o2'), 'ArrowLeft')).toEqual({ kind: 'focus', id: 'g' });
    expect(treeKeyAction(rows, id('r'), 'ArrowDown')).toBeNull();
    expect(treeKeyAction(rows, id('r'), 'Home')).toEqual({ kind: 'focus', id: 'g' });
  });
});

describe('siblingMove (Alt+Up / Alt+Down)', () => {
  it('moves a code one place among its siblings, keeping its parent', () => {
    // b2 is second of o1's two children: up puts it first (index 0 among the others).
    expect(siblingMove(entries, id('b2'), -1)).toEqual({
      parentId: 'o1',
      index: 0,
      position: 1,
      count: 2,
    });
    // b1 down: after b2, index 1 among [b2].
    expect(siblingMove(entries, id('b1'), 1)).toEqual({
      parentId: 'o1',
      index: 1,
      position: 2,
      count: 2,
    });
    // Top level: g and r.
    expect(siblingMove(entries, id('r'), -1)).toMatchObject({ parentId: null, index: 0 });
  });

  it('goes nowhere past either end', () => {
    expect(siblingMove(entries, id('b1'), -1)).toBeNull();
    expect(siblingMove(entries, id('o2'), 1)).toBeNull();
    expect(siblingMove(entries, id('missing'), 1)).toBeNull();
  });
});
