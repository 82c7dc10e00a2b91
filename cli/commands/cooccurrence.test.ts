import { describe, expect, it } from 'vitest';
import {
  buildCode,
  buildCoding,
  buildDocument,
  buildProject,
  buildSnapshot,
} from '../../shared/db/test-builders';
import { parseCsv } from '../../shared/export/csv';
import { cliRunner } from '../test-cli';
import { fixture } from '../test-io';

// Two paragraphs; A and B overlap in the first, A and C share the second without overlapping.
const project = buildProject();
const projectId = project.id;
const A = buildCode({ projectId, name: 'A', order: 0 });
const B = buildCode({ projectId, name: 'B', order: 1 });
const C = buildCode({ projectId, name: 'C', order: 2 });
const doc = buildDocument({ projectId, text: 'aaaaaaaaaa\nbbbbbbbbbb', direction: 'ltr' });
const at = (code: typeof A, start: number, end: number) =>
  buildCoding({ projectId, documentId: doc.id, codeId: code.id, start, end });
const snapshot = buildSnapshot({
  project,
  documents: [doc],
  cases: [],
  attributes: [],
  memos: [],
  codes: [A, B, C],
  codings: [at(A, 0, 6), at(B, 4, 9), at(A, 11, 14), at(C, 15, 20)],
});
const path = '/in/co.mazmun.json';
const run = cliRunner({ [path]: snapshot });

describe('mazmun cooccurrence', () => {
  it('counts overlaps by default, paragraphs and documents when asked', async () => {
    const overlap = await run('cooccurrence', path);
    expect(overlap.code, overlap.err).toBe(0);
    expect(JSON.parse(overlap.out)).toEqual({
      mode: 'overlap',
      level: 'basic',
      codes: [
        { name: 'A', path: 'A' },
        { name: 'B', path: 'B' },
        { name: 'C', path: 'C' },
      ],
      matrix: [
        [0, 1, 0],
        [1, 0, 0],
        [0, 0, 0],
      ],
      pairs: [{ a: 'A', b: 'B', count: 1 }],
    });
    const para = JSON.parse((await run('cooccurrence', path, '--mode', 'paragraph')).out) as {
      matrix: number[][];
    };
    expect(para.matrix).toEqual([
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 0],
    ]);
    const csv = await run('cooccurrence', path, '--mode', 'document', '--format', 'csv');
    expect(parseCsv(csv.out)).toEqual([
      ['basic theme', 'A', 'B', 'C'],
      ['A', '0', '1', '1'],
      ['B', '1', '0', '1'],
      ['C', '1', '1', '0'],
    ]);
  });

  it('gives a symmetric matrix of the sample study’s 6 organizing themes', async () => {
    const r = await run('cooccurrence', fixture, '--level', 'organizing', '--mode', 'document');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as { codes: unknown[]; matrix: number[][] };
    expect(json.codes).toHaveLength(6);
    json.matrix.forEach((row, i) => {
      expect(row[i]).toBe(0);
      row.forEach((v, j) => expect(v).toBe(json.matrix[j]?.[i]));
      // Two themes share at most the study's 16 documents.
      row.forEach((v) => expect(v).toBeLessThanOrEqual(16));
    });
  });

  it('refuses a second project', async () => {
    const r = await run('cooccurrence', path, path);
    expect(r.code).toBe(2);
  });
});
