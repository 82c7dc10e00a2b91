// The coder filter (issue 10: "every view, the report and every export can be filtered by coder")
// through each analysis: two coders' codings built here, every count worked out by hand below.
import { describe, expect, it } from 'vitest';
import {
  buildAttribute,
  buildCase,
  buildCode,
  buildDocument,
  buildTwoCoders,
} from '../db/test-builders';
import { htmlReport } from '../report/html-report';
import { codersByName, codingsOfCoders, snapshotOfCoders, type CoderScope } from './coder-scope';
import { computeCooccurrence } from './cooccurrence';
import { computeCrosstab } from './crosstab';
import { computeFrequencyTable } from './frequencies';
import { networkRows } from './network';
import { scopeSegments, wordFrequency, type WordScope } from './word-frequency';

const {
  projectId,
  a: ann,
  b: bob,
  at,
  snapshot: twoCoders,
} = buildTwoCoders({ project: { language: 'en' }, names: ['Ann', 'Bob'] });
const year = buildAttribute({ projectId, name: 'Year', type: 'year' });
const x = buildCase({ projectId, name: 'X', values: { [year.id]: 1400 } });
const y = buildCase({ projectId, name: 'Y', values: { [year.id]: 1401 } });
// d1: alpha [0,5) beta [6,10) gamma [11,16) delta [17,22); d2: beta [0,4) beta [5,9) epsilon [10,17)
const d1 = buildDocument({ projectId, title: 'd1', text: 'alpha beta gamma delta', caseId: x.id });
const d2 = buildDocument({ projectId, title: 'd2', text: 'beta beta epsilon', caseId: y.id });
const G = buildCode({ projectId, name: 'G' });
const O = buildCode({ projectId, name: 'O', parentId: G.id });
const b1 = buildCode({ projectId, name: 'b1', parentId: O.id, order: 0 });
const b2 = buildCode({ projectId, name: 'b2', parentId: O.id, order: 1 });
const c1 = at(ann.id, d1, b1, 0, 10); // "alpha beta"
const c2 = at(bob.id, d1, b2, 6, 16); // "beta gamma": shares [6,10) with c1
const c3 = at(ann.id, d2, b2, 0, 9); // "beta beta"
const c4 = at(bob.id, d2, b1, 10, 17); // "epsilon"
const c5 = at(ann.id, d1, b2, 17, 22); // "delta"
const codings = [c1, c2, c3, c4, c5];
const codes = [G, O, b1, b2];
const documents = [d1, d2];
const ANN: CoderScope = new Set([ann.id]);
const BOB: CoderScope = new Set([bob.id]);
const snapshot = twoCoders({ documents, codes, codings, cases: [x, y], attributes: [year] });

describe('coder scope', () => {
  it('keeps the chosen coders’ codings, all of them without a choice', () => {
    expect([...codingsOfCoders(codings, ANN)]).toEqual([c1, c3, c5]);
    expect([...codingsOfCoders(codings, new Set([null]))]).toEqual([]);
    expect(codingsOfCoders(codings, undefined)).toBe(codings);
    expect(snapshotOfCoders(snapshot, BOB).codings).toEqual([c2, c4]);
  });

  it('matches coder names as the CLI gives them, and names the unknown', () => {
    expect(codersByName([ann, bob], [' Bob'])).toEqual({ ok: true, coders: new Set([bob.id]) });
    expect(codersByName([ann, bob], ['Ann', 'Cy'])).toEqual({ ok: false, unknown: ['Cy'] });
  });
});

describe('each analysis over one coder’s codings', () => {
  it('crosstab: references of the basic themes by year', () => {
    const cells = (scope: CoderScope) =>
      computeCrosstab({
        codes,
        codings: codingsOfCoders(codings, scope),
        documents,
        cases: [x, y],
        attributes: [year],
        rows: { kind: 'codes', level: 'basic' },
        columns: year.id,
        count: 'references',
      }).rows.map((r) => [r.label, ...r.cells.map((c) => c.count), r.total.count]);
    // All: b1 = c1 (1400) + c4 (1401); b2 = c2, c5 (1400) + c3 (1401).
    expect(cells(undefined)).toEqual([
      ['b1', 1, 1, 2],
      ['b2', 2, 1, 3],
    ]);
    // Ann: c1; c5 and c3.  Bob: c4; c2.
    expect(cells(ANN)).toEqual([
      ['b1', 1, 0, 1],
      ['b2', 1, 1, 2],
    ]);
    expect(cells(BOB)).toEqual([
      ['b1', 0, 1, 1],
      ['b2', 1, 0, 1],
    ]);
  });

  it('co-occurrence: b1 × b2 by overlap and by document', () => {
    const pair = (scope: CoderScope, mode: 'overlap' | 'document') =>
      computeCooccurrence({ codes, codings: codingsOfCoders(codings, scope), level: 'basic', mode })
        .counts[0]?.[1];
    // Overlap: only c1 (Ann, b1) and c2 (Bob, b2) share characters; one coder alone has none.
    expect(pair(undefined, 'overlap')).toBe(1);
    expect(pair(ANN, 'overlap')).toBe(0);
    expect(pair(BOB, 'overlap')).toBe(0);
    // Documents with both codes: all d1 and d2; Ann d1 (c1, c5); Bob none (d1 b2 only, d2 b1 only).
    expect(pair(undefined, 'document')).toBe(2);
    expect(pair(ANN, 'document')).toBe(1);
    expect(pair(BOB, 'document')).toBe(0);
  });

  it('words: a code’s passages, and every coded passage', () => {
    const counts = (scope: WordScope, coders: CoderScope) =>
      Object.fromEntries(
        wordFrequency(
          scopeSegments(scope, documents, codes, [...codingsOfCoders(codings, coders)]),
        ).rows.map((r) => [r.word, r.count]),
      );
    // b2 by Ann: "beta beta" (c3) and "delta" (c5); by Bob: "beta gamma" (c2).
    expect(counts({ kind: 'code', codeId: b2.id }, ANN)).toEqual({ beta: 2, delta: 1 });
    expect(counts({ kind: 'code', codeId: b2.id }, BOB)).toEqual({ beta: 1, gamma: 1 });
    // Everything Ann coded: "alpha beta", "delta", "beta beta".
    expect(counts({ kind: 'coded' }, ANN)).toEqual({ beta: 3, alpha: 1, delta: 1 });
    // Both coders: c1 and c2 overlap in d1 and are merged to "alpha beta gamma" (beta once).
    expect(counts({ kind: 'coded' }, undefined)).toEqual({
      beta: 3,
      alpha: 1,
      gamma: 1,
      delta: 1,
      epsilon: 1,
    });
  });

  it('network: references and sources of each theme', () => {
    const nodes = (coderIds: CoderScope) =>
      networkRows(
        computeFrequencyTable({
          codes,
          codings,
          documents,
          convention: 'paper',
          filter: coderIds ? { coderIds } : undefined,
        }).rows,
      ).nodes.map((n) => [n.name, n.references, n.sources]);
    // Ann: b1 = c1 (d1); b2 = c3 (d2) + c5 (d1); O and G sum them (paper).
    expect(nodes(ANN)).toEqual([
      ['G', 3, 2],
      ['O', 3, 2],
      ['b1', 1, 1],
      ['b2', 2, 2],
    ]);
    // Bob: b1 = c4 (d2); b2 = c2 (d1).
    expect(nodes(BOB)).toEqual([
      ['G', 2, 2],
      ['O', 2, 2],
      ['b1', 1, 1],
      ['b2', 1, 1],
    ]);
  });

  it('the HTML report names the coders and counts only their codings', () => {
    const all = htmlReport(snapshot, { locale: 'en', generatedAt: 0 });
    const bobs = htmlReport(snapshot, { locale: 'en', generatedAt: 0, coderIds: [bob.id] });
    expect(all).toContain('<dt>Codings</dt><dd>5</dd>');
    expect(all).not.toContain('Coders:');
    expect(bobs).toContain('<dt>Codings</dt><dd>2</dd>');
    // In the header, under the title.
    expect(bobs).toMatch(/<header>[^]*Coders: <bdi>Bob<\/bdi>[^]*<\/header>/);
    // Agreement needs two coders' codings: with Bob's alone the section is left out.
    expect(all).toContain('Agreement between coders');
    expect(bobs).not.toContain('Agreement between coders');
  });
});
