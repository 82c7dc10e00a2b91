import { describe, expect, it } from 'vitest';
import { buildCode, buildCoder, buildDocument, buildTwoCoders } from '../db/test-builders';
import type { Coding } from '../model';
import { computeAgreement, figuresOf, prepareDocuments } from './agreement';

const { projectId, a: ana, b: bita, at } = buildTwoCoders();
const third = buildCoder({ projectId, name: 'Third' });
const parent = buildCode({ projectId, name: 'Economy', order: 0 });
const x = buildCode({ projectId, name: 'X', parentId: parent.id, order: 0 });
const y = buildCode({ projectId, name: 'Y', parentId: parent.id, order: 1 });
const z = buildCode({ projectId, name: 'Z', order: 1 });

// d1: 20 ASCII characters. d2: "😀😀ab😀cd" — 10 UTF-16 units but 7 code points (each emoji is
// a surrogate pair: UTF-16 0–2 = cp 0, 2–4 = cp 1, 4 = a (cp 2), 5 = b (cp 3), 6–8 = cp 4, 8 = c,
// 9 = d). d3: 5 characters nobody codes.
const d1 = buildDocument({ projectId, title: 'd1', text: 'abcdefghijklmnopqrst' });
const d2 = buildDocument({ projectId, title: 'd2', text: '😀😀ab😀cd' });
const d3 = buildDocument({ projectId, title: 'd3', text: 'vwxyz' });

const codings: Coding[] = [
  // X in d1: Ana [0,8), and [3,5) again (inside: merged away); Bita [2,10).
  at(ana.id, d1, x, 0, 8),
  at(ana.id, d1, x, 3, 5),
  at(bita.id, d1, x, 2, 10),
  // X in d2 (UTF-16): Ana [0,4) = both emoji = cp [0,2); Bita [2,6) = emoji 2, a, b = cp [1,4).
  at(ana.id, d2, x, 0, 4),
  at(bita.id, d2, x, 2, 6),
  // Y in d1: only Ana, [0,4).
  at(ana.id, d1, y, 0, 4),
  // Z: only a third coder and an uncoded coding; neither counts for Ana × Bita.
  at(third.id, d1, z, 0, 20),
  at(null, d1, z, 0, 20),
];

const result = computeAgreement({
  codes: [parent, x, y, z],
  documents: prepareDocuments([d1, d2, d3]),
  codings,
  coderA: ana.id,
  coderB: bita.id,
});

describe('agreement over characters (hand-computed)', () => {
  it('X in d1: both 6, Ana only 2, Bita only 2, neither 10 → 80 %, kappa 0.28/0.48', () => {
    // po = (6 + 10) / 20 = 0.8; Ana yes 8/20 = 0.4, Bita yes 0.4;
    // pe = 0.4·0.4 + 0.6·0.6 = 0.52; kappa = (0.8 − 0.52) / (1 − 0.52) = 0.28 / 0.48.
    const cell = result.cells.find((c) => c.codeId === x.id && c.documentId === d1.id);
    expect(cell?.figures).toMatchObject({ both: 6, onlyA: 2, onlyB: 2, neither: 10 });
    expect(cell?.figures.percentAgreement).toBeCloseTo(0.8, 12);
    expect(cell?.figures.kappa).toBeCloseTo(0.28 / 0.48, 12);
  });

  it('X in d2 counts code points, not UTF-16 units: both 1, Ana 1, Bita 2, neither 3', () => {
    // cp: Ana [0,2), Bita [1,4): both [1,2) = 1, Ana only [0,1) = 1, Bita only [2,4) = 2,
    // neither 7 − 4 = 3. po = 4/7; Ana yes 2/7, Bita yes 3/7;
    // pe = (2/7)(3/7) + (5/7)(4/7) = 26/49; kappa = (28/49 − 26/49) / (23/49) = 2/23.
    const cell = result.cells.find((c) => c.codeId === x.id && c.documentId === d2.id);
    expect(cell?.figures).toMatchObject({ both: 1, onlyA: 1, onlyB: 2, neither: 3 });
    expect(cell?.figures.percentAgreement).toBeCloseTo(4 / 7, 12);
    expect(cell?.figures.kappa).toBeCloseTo(2 / 23, 12);
  });

  it("X's single figure takes all documents in scope together, the uncoded d3 included", () => {
    // d1 + d2 + d3: both 6+1 = 7, Ana only 2+1 = 3, Bita only 2+2 = 4, neither 10+3+5 = 18;
    // N = 32. po = 25/32; Ana yes 10/32, Bita yes 11/32;
    // pe = (10·11 + 22·21) / 1024 = 572/1024; kappa = (800 − 572) / (1024 − 572) = 228/452.
    const row = result.codes.find((r) => r.codeId === x.id);
    expect(row?.figures).toMatchObject({
      both: 7,
      onlyA: 3,
      onlyB: 4,
      neither: 18,
      characters: 32,
    });
    expect(row?.figures.percentAgreement).toBeCloseTo(25 / 32, 12);
    expect(row?.figures.kappa).toBeCloseTo(228 / 452, 12);
    expect(row?.path).toEqual(['Economy', 'X']);
  });

  it('Y, coded by Ana alone: 28/32 agreement and kappa 0', () => {
    // both 0, Ana only 4, Bita only 0, neither 28. po = 28/32; Bita yes 0, so
    // pe = (4/32)·0 + (28/32)·1 = 28/32 = po; kappa = 0 / (4/32) = 0.
    const row = result.codes.find((r) => r.codeId === y.id);
    expect(row?.figures).toMatchObject({ both: 0, onlyA: 4, onlyB: 0, neither: 28 });
    expect(row?.figures.percentAgreement).toBeCloseTo(28 / 32, 12);
    expect(row?.figures.kappa).toBeCloseTo(0, 12);
  });

  it('lists only the codes either coder used, in tree order (Z and the parent are left out)', () => {
    expect(result.codes.map((r) => r.name)).toEqual(['X', 'Y']);
  });

  it('pools by summing the tables of X and Y', () => {
    // both 7 + 0 = 7, Ana only 3 + 4 = 7, Bita only 4 + 0 = 4, neither 18 + 28 = 46; N = 64.
    // po = 53/64; Ana yes 14/64, Bita yes 11/64; pe = (14·11 + 50·53) / 4096 = 2804/4096;
    // kappa = (53·64 − 2804) / (4096 − 2804) = (3392 − 2804) / 1292 = 588/1292.
    expect(result.pooled).toMatchObject({ both: 7, onlyA: 7, onlyB: 4, neither: 46 });
    expect(result.pooled.percentAgreement).toBeCloseTo(53 / 64, 12);
    expect(result.pooled.kappa).toBeCloseTo(588 / 1292, 12);
  });

  it('breaks down per document, over the codes of the table', () => {
    // d1 over X and Y: 2 × 20 = 40 characters; both 6, Ana only 2 + 4, Bita only 2, neither 26.
    const [r1, , r3] = result.documents;
    expect(r1?.figures).toMatchObject({ both: 6, onlyA: 6, onlyB: 2, neither: 26 });
    expect(r1?.figures.percentAgreement).toBeCloseTo(32 / 40, 12);
    // d3: nothing coded by anyone: complete agreement, kappa 1 (pe = 1, see figuresOf).
    expect(r3?.figures).toMatchObject({ neither: 10, percentAgreement: 1, kappa: 1 });
  });

  it('lists the disagreement passages with UTF-16 offsets and their length in characters', () => {
    const mine = result.passages.map((p) => [
      p.documentId === d1.id ? 'd1' : 'd2',
      p.codeId === x.id ? 'X' : 'Y',
      p.coder,
      p.start,
      p.end,
      p.characters,
      p.text,
    ]);
    expect(mine).toEqual(
      expect.arrayContaining([
        ['d1', 'X', 'a', 0, 2, 2, 'ab'],
        ['d1', 'X', 'b', 8, 10, 2, 'ij'],
        ['d1', 'Y', 'a', 0, 4, 4, 'abcd'],
        ['d2', 'X', 'a', 0, 2, 1, '😀'],
        ['d2', 'X', 'b', 4, 6, 2, 'ab'],
      ]),
    );
    expect(mine).toHaveLength(5);
  });
});

describe('figuresOf', () => {
  it('gives kappa 1 when expected agreement is 1 (both coded nothing, or everything)', () => {
    expect(figuresOf({ both: 0, onlyA: 0, onlyB: 0, neither: 9 })).toMatchObject({
      percentAgreement: 1,
      kappa: 1,
    });
    expect(figuresOf({ both: 9, onlyA: 0, onlyB: 0, neither: 0 }).kappa).toBe(1);
  });

  it('gives null for both figures when there is no character', () => {
    expect(figuresOf({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toMatchObject({
      percentAgreement: null,
      kappa: null,
    });
  });

  it('gives −1 for complete disagreement with half each', () => {
    // both 0, A only 5, B only 5, neither 0: po = 0, pe = 0.5·0.5 + 0.5·0.5 = 0.5, kappa = −1.
    expect(figuresOf({ both: 0, onlyA: 5, onlyB: 5, neither: 0 }).kappa).toBe(-1);
  });
});
