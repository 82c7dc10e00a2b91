import { describe, expect, it } from 'vitest';
import { codeTree } from '../../shared/analysis/code-tree';
import { buildCode, buildCoding, buildDocument, buildProject } from '../../shared/db/test-builders';
import { documentCodeCounts, nextCodingOf } from './document-counts';

// انگیزشی (no codings of its own) over two children; one child has a child of its own.
const projectId = buildProject().id;
const parent = buildCode({ projectId, name: 'انگیزشی', order: 0 });
const childA = buildCode({ projectId, name: 'کریدور', parentId: parent.id, order: 0 });
const grandchild = buildCode({ projectId, name: 'بندر', parentId: childA.id, order: 0 });
const childB = buildCode({ projectId, name: 'می‌خواهم', parentId: parent.id, order: 1 });
const other = buildCode({ projectId, name: 'Energy', order: 1 });
const tree = codeTree([parent, childA, grandchild, childB, other]);

const documentId = buildDocument({ projectId }).id;
const at = (code: typeof parent, start: number) =>
  buildCoding({ projectId, documentId, codeId: code.id, start, end: start + 5 });
// In this document: childA 1, grandchild 2, childB 1, other 1; the parent none of its own.
const codings = [
  at(childB, 40),
  at(childA, 10),
  at(grandchild, 30),
  at(grandchild, 60),
  at(other, 0),
];

describe('document code counts', () => {
  it('counts own codings only when subcodes are not included', () => {
    const c = documentCodeCounts(tree, codings, 'own');
    expect([parent, childA, grandchild, childB, other].map((x) => c.get(x.id))).toEqual([
      0, 1, 2, 1, 1,
    ]);
  });

  it('adds every code below to a parent when subcodes are included', () => {
    const c = documentCodeCounts(tree, codings, 'subtree');
    // parent = childA 1 + grandchild 2 + childB 1 = 4; childA = 1 + 2 = 3.
    expect([parent, childA, grandchild, childB, other].map((x) => c.get(x.id))).toEqual([
      4, 3, 2, 1, 1,
    ]);
  });

  it('counts zero for codes with no coding in the document', () => {
    expect(documentCodeCounts(tree, [], 'subtree').get(parent.id)).toBe(0);
  });
});

describe('next passage of a code', () => {
  it('goes through the subtree in text order and round again', () => {
    const starts = [-1, 10, 30, 40, 60].map(
      (from) => nextCodingOf(tree, codings, parent.id, 'subtree', from)?.start,
    );
    expect(starts).toEqual([10, 30, 40, 60, 10]);
  });

  it('keeps to the code itself when subcodes are not included', () => {
    expect(nextCodingOf(tree, codings, childA.id, 'own', -1)?.start).toBe(10);
    expect(nextCodingOf(tree, codings, childA.id, 'own', 10)?.start).toBe(10);
    expect(nextCodingOf(tree, codings, parent.id, 'own', -1)).toBeUndefined();
  });
});
