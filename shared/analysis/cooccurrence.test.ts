import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildDocument, buildProject } from '../db/test-builders';
import type { Coding, DocumentId } from '../model';
import { computeCooccurrence, type CooccurrenceInput } from './cooccurrence';

const projectId = buildProject().id;
const G = buildCode({ projectId, name: 'G' });
const O1 = buildCode({ projectId, name: 'O1', parentId: G.id, order: 0 });
const O2 = buildCode({ projectId, name: 'O2', parentId: G.id, order: 1 });
const b1 = buildCode({ projectId, name: 'b1', parentId: O1.id, order: 0 });
const b2 = buildCode({ projectId, name: 'b2', parentId: O1.id, order: 1 });
const b3 = buildCode({ projectId, name: 'b3', parentId: O2.id, order: 0 });
const doc1 = buildDocument({ projectId, title: 'doc1' });
const doc2 = buildDocument({ projectId, title: 'doc2' });
const doc3 = buildDocument({ projectId, title: 'doc3' });
const at = (doc: typeof doc1, code: typeof b1, start: number, end: number): Coding =>
  buildCoding({ projectId, documentId: doc.id, codeId: code.id, start, end });

// doc1 has two paragraphs, [0, 10) and [11, 20).
const k1 = at(doc1, b1, 0, 5);
const k2 = at(doc1, b2, 3, 8); // overlaps k1 on [3, 5)
const k3 = at(doc1, b3, 12, 15);
const k4 = at(doc1, b1, 14, 18); // overlaps k3 on [14, 15)
const k5 = at(doc1, b2, 16, 19); // overlaps k4 on [16, 18), not k3
const k6 = at(doc2, b1, 0, 2);
const k7 = at(doc2, b3, 5, 6);
const k8 = at(doc3, b1, 0, 5);
const k9 = at(doc3, b2, 5, 9); // touches k8: no shared character
const input: Omit<CooccurrenceInput, 'mode' | 'level'> = {
  codes: [G, O1, O2, b1, b2, b3],
  // Shuffled: the sweep sorts per document.
  codings: [k5, k9, k1, k7, k3, k8, k2, k6, k4],
  paragraphs: new Map<DocumentId, { start: number; end: number }[]>([
    [
      doc1.id,
      [
        { start: 0, end: 10 },
        { start: 11, end: 20 },
      ],
    ],
  ]),
};

describe('computeCooccurrence', () => {
  it('counts overlapping coding pairs, touching ranges apart', () => {
    const m = computeCooccurrence({ ...input, mode: 'overlap', level: 'basic' });
    expect(m.codes.map((c) => c.name)).toEqual(['b1', 'b2', 'b3']);
    expect(m.counts).toEqual([
      [0, 2, 1],
      [2, 0, 0],
      [1, 0, 0],
    ]);
    expect(m.max).toBe(2);
    expect(m.hits(0, 1)).toEqual([
      { documentId: doc1.id, start: 3, end: 5, codingIds: [k1.id, k2.id] },
      { documentId: doc1.id, start: 16, end: 18, codingIds: [k4.id, k5.id] },
    ]);
    // Either order: the coding of the row's code (b3, row 2) comes first.
    expect(m.hits(2, 0)).toEqual([
      { documentId: doc1.id, start: 14, end: 15, codingIds: [k3.id, k4.id] },
    ]);
    expect(m.hits(1, 2)).toEqual([]);
  });

  it('counts shared paragraphs; a document without paragraphs is one', () => {
    const m = computeCooccurrence({ ...input, mode: 'paragraph', level: 'basic' });
    // doc1: paragraph 1 {b1, b2}, paragraph 2 {b1, b2, b3}; doc2 {b1, b3}; doc3 {b1, b2}.
    expect(m.counts).toEqual([
      [0, 3, 2],
      [3, 0, 1],
      [2, 1, 0],
    ]);
    expect(m.hits(1, 2)).toEqual([{ documentId: doc1.id, start: 11, end: 20, codingIds: [] }]);
  });

  it('counts shared documents', () => {
    const m = computeCooccurrence({ ...input, mode: 'document', level: 'basic' });
    expect(m.counts).toEqual([
      [0, 2, 2],
      [2, 0, 1],
      [2, 1, 0],
    ]);
    expect(m.hits(0, 2).map((h) => h.documentId)).toEqual([doc1.id, doc2.id]);
  });

  it('rolls codings up to the level: meetings inside one theme are not counted', () => {
    const m = computeCooccurrence({ ...input, mode: 'overlap', level: 'organizing' });
    expect(m.codes.map((c) => c.name)).toEqual(['O1', 'O2']);
    expect(m.counts).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const g = computeCooccurrence({ ...input, mode: 'document', level: 'global' });
    expect(g.counts).toEqual([[0]]);
    expect(g.max).toBe(0);
  });
});
