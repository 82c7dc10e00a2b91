// The `coderIds` option of the frequency table and of retrieval (issue 10: filter by coder).
import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildDocument, buildProject } from '../db/test-builders';
import type { CoderId } from '../model';
import { computeFrequencyTable } from './frequencies';
import { retrievePassages } from './retrieval';

const project = buildProject();
const projectId = project.id;
const d1 = buildDocument({ projectId, title: 'One' });
const d2 = buildDocument({ projectId, title: 'Two' });
const x = buildCode({ projectId, name: 'X' });
const A = 'coder-a' as CoderId;
const B = 'coder-b' as CoderId;
const codings = [
  buildCoding({ projectId, documentId: d1.id, codeId: x.id, start: 0, end: 4, coderId: A }),
  buildCoding({ projectId, documentId: d1.id, codeId: x.id, start: 10, end: 14, coderId: A }),
  buildCoding({ projectId, documentId: d2.id, codeId: x.id, start: 0, end: 4, coderId: B }),
  buildCoding({ projectId, documentId: d1.id, codeId: x.id, start: 20, end: 24, coderId: null }),
];

const table = (coderIds?: ReadonlySet<CoderId | null>) => {
  const row = computeFrequencyTable({
    codes: [x],
    codings,
    documents: [d1, d2],
    convention: 'paper',
    filter: coderIds ? { coderIds } : undefined,
  }).rows[0]!;
  return [row.sources, row.references];
};

describe('coderIds', () => {
  it('counts only the chosen coders’ codings in the frequency table', () => {
    // [sources, references], counted from the four codings above.
    expect(table()).toEqual([2, 4]);
    expect(table(new Set([A]))).toEqual([1, 2]);
    expect(table(new Set([B]))).toEqual([1, 1]);
    expect(table(new Set([null]))).toEqual([1, 1]);
    expect(table(new Set([A, B]))).toEqual([2, 3]);
  });

  it('retrieves only the chosen coders’ passages', () => {
    const got = (coderIds?: ReadonlySet<CoderId | null>) =>
      retrievePassages({ codes: [x], codings, codeIds: [x.id], mode: 'or', coderIds }).map(
        (p) => `${p.documentId === d1.id ? 'One' : 'Two'}:${p.start}`,
      );
    expect(got(new Set([A])).sort()).toEqual(['One:0', 'One:10']);
    expect(got(new Set([B]))).toEqual(['Two:0']);
    expect(got()).toHaveLength(4);
  });
});
