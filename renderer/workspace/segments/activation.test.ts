import { describe, expect, it } from 'vitest';
import { codeTree } from '../../../shared/analysis/code-tree';
import { retrievePassages } from '../../../shared/analysis/retrieval';
import { buildCode, buildCoding, buildProject } from '../../../shared/db/test-builders';
import type { CodeId, DocumentId } from '../../../shared/model';
import { activationQuery, NO_ACTIVATION, pruneActivation, toggleIn } from './activation';

const projectId = buildProject().id;
const parent = buildCode({ projectId, name: 'P', order: 0 });
const child = buildCode({ projectId, name: 'C', parentId: parent.id, order: 0 });
const other = buildCode({ projectId, name: 'O', order: 1 });
const codes = [other, child, parent];
const d1 = 'd1' as DocumentId;
const d2 = 'd2' as DocumentId;
const d3 = 'd3' as DocumentId;
const codings = [
  buildCoding({ projectId, documentId: d1, codeId: parent.id, start: 0, end: 4 }),
  buildCoding({ projectId, documentId: d1, codeId: child.id, start: 10, end: 14 }),
  buildCoding({ projectId, documentId: d2, codeId: other.id, start: 2, end: 6 }),
  buildCoding({ projectId, documentId: d3, codeId: other.id, start: 0, end: 1 }),
];

function segments(codeSet: CodeId[], docSet: DocumentId[]) {
  const q = activationQuery(codeTree(codes), {
    codes: new Set(codeSet),
    documents: new Set(docSet),
  });
  return retrievePassages({ codes, codings, ...q }, [d1, d2, d3]).map(
    (p) => `${p.documentId}:${p.start}-${p.end}`,
  );
}

describe('activation to segments', () => {
  it('retrieves the activated codes in the activated documents only', () => {
    // P in d1 (0-4) and O in d2 (2-6); O's coding in d3 is outside the activated documents.
    expect(segments([parent.id, other.id], [d1, d2])).toEqual(['d1:0-4', 'd2:2-6']);
  });

  it('does not pull in sub-codes of an activated parent', () => {
    expect(segments([parent.id], [d1])).toEqual(['d1:0-4']);
    expect(segments([parent.id, child.id], [d1])).toEqual(['d1:0-4', 'd1:10-14']);
  });

  it('retrieves nothing until a document is activated', () => {
    expect(segments([parent.id, other.id], [])).toEqual([]);
  });

  it('orders the query codes as the code system shows them', () => {
    const q = activationQuery(codeTree(codes), {
      codes: new Set([other.id, child.id, parent.id]),
      documents: new Set([d1]),
    });
    expect(q.codeIds).toEqual([parent.id, child.id, other.id]);
  });

  it('toggles and prunes activated ids', () => {
    expect([...toggleIn(new Set(['a']), 'b')]).toEqual(['a', 'b']);
    expect([...toggleIn(new Set(['a']), 'a')]).toEqual([]);
    const a = { codes: new Set([parent.id, 'gone' as CodeId]), documents: new Set([d1]) };
    const pruned = pruneActivation(a, new Set([parent.id]), new Set([d1]));
    expect([...pruned.codes]).toEqual([parent.id]);
    expect(pruneActivation(NO_ACTIVATION, new Set(), new Set())).toBe(NO_ACTIVATION);
  });
});
