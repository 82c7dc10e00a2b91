import { describe, expect, it } from 'vitest';
import {
  buildAttribute,
  buildCase,
  buildCode,
  buildCoding,
  buildDocument,
  buildProject,
} from '../db/test-builders';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import type { Coding } from '../model';
import { computeCrosstab, type CrosstabInput, type CrosstabTable } from './crosstab';
import { findAttribute, NONE_LABEL } from './crosstab-values';

// A small study built by hand: year and gender on four cases (one without documents, one
// without a gender, one whose year is typed in Persian digits), and a document without a case.
const projectId = buildProject().id;
const year = buildAttribute({ projectId, name: 'سال مصاحبه', type: 'year' });
const gender = buildAttribute({
  projectId,
  name: 'جنسیت',
  type: 'category',
  options: ['زن', 'مرد'],
  calendar: null,
  order: 1,
});
const A = buildCase({ projectId, name: 'A', values: { [year.id]: 1400, [gender.id]: 'زن' } });
const B = buildCase({ projectId, name: 'B', values: { [year.id]: 1403, [gender.id]: 'مرد' } });
const C = buildCase({ projectId, name: 'C', values: { [year.id]: '1403' } });
const D = buildCase({ projectId, name: 'D', values: { [year.id]: '۱۴۰۰', [gender.id]: 'مرد' } });
const d1 = buildDocument({ projectId, title: 'd1', caseId: A.id });
const d2 = buildDocument({ projectId, title: 'd2', caseId: B.id });
const d3 = buildDocument({ projectId, title: 'd3', caseId: C.id });
const d4 = buildDocument({ projectId, title: 'd4', caseId: null });
const G = buildCode({ projectId, name: 'G' });
const O1 = buildCode({ projectId, name: 'O1', parentId: G.id, order: 0 });
const O2 = buildCode({ projectId, name: 'O2', parentId: G.id, order: 1 });
const b1 = buildCode({ projectId, name: 'b1', parentId: O1.id, order: 0 });
const b2 = buildCode({ projectId, name: 'b2', parentId: O1.id, order: 1 });
const b3 = buildCode({ projectId, name: 'b3', parentId: O2.id, order: 0 });
const coding = (doc: typeof d1, code: typeof b1, start: number, end: number): Coding =>
  buildCoding({ projectId, documentId: doc.id, codeId: code.id, start, end });
const c1 = coding(d1, b1, 0, 10);
const c2 = coding(d1, b1, 0, 10); // the same passage twice
const c3 = coding(d1, b2, 5, 15);
const c4 = coding(d2, b3, 0, 5);
const c5 = coding(d3, b1, 0, 3);
const c6 = coding(d4, b2, 0, 4);

const base: Omit<CrosstabInput, 'rows' | 'columns' | 'count'> = {
  codes: [G, O1, O2, b1, b2, b3],
  codings: [c1, c2, c3, c4, c5, c6],
  documents: [d1, d2, d3, d4],
  cases: [A, B, C, D],
  attributes: [year, gender],
};
const counts = (t: CrosstabTable): Record<string, number[]> =>
  Object.fromEntries(t.rows.map((r) => [r.label, r.cells.map((c) => c.count)]));

describe('computeCrosstab', () => {
  it('counts cases by attribute × attribute, cases without documents included', () => {
    const t = computeCrosstab({
      ...base,
      rows: { kind: 'attribute', attributeId: year.id },
      columns: gender.id,
      count: 'cases',
    });
    expect(t.columns.map((c) => c.label)).toEqual(['زن', 'مرد', NONE_LABEL]);
    // ۱۴۰۰ typed in Persian digits is the year 1400: D joins A's row.
    expect(counts(t)).toEqual({ '1400': [1, 1, 0], '1403': [0, 1, 1] });
    expect(t.rows[0]?.cells[1]?.caseIds).toEqual([D.id]);
    expect(t.total).toBe(4);
    expect(t.columnTotals).toEqual([1, 2, 1]);
    expect(t.rows[1]?.rowPercent).toEqual([0, 50, 50]);
    expect(t.rows[1]?.columnPercent).toEqual([0, 50, 100]);
    expect(t.overlapping).toBe(false);
    // Expected 0.5 1 0.5 / 0.5 1 0.5: χ² = 4 × (0.5² / 0.5) + 0 = 2, df = 2, all under 5.
    expect(t.chiSquare?.statistic).toBeCloseTo(2, 12);
    expect(t.chiSquare?.df).toBe(2);
    expect(t.chiSquare?.warning).toBe(true);
  });

  it('counts references of basic themes by year, "(none)" for a document without a case', () => {
    const t = computeCrosstab({
      ...base,
      rows: { kind: 'codes', level: 'basic' },
      columns: year.id,
      count: 'references',
    });
    expect(t.columns.map((c) => c.label)).toEqual(['1400', '1403', NONE_LABEL]);
    expect(counts(t)).toEqual({ b1: [2, 1, 0], b2: [1, 0, 1], b3: [0, 1, 0] });
    expect(t.rows.map((r) => r.total.count)).toEqual([3, 2, 1]);
    expect(t.columnTotals).toEqual([3, 2, 1]);
    expect(t.total).toBe(6);
    expect(t.rows[0]?.rowPercent[0]).toBeCloseTo(200 / 3, 12);
    expect(t.rows[0]?.columnPercent[0]).toBeCloseTo(200 / 3, 12);
    expect(t.rows[0]?.percentOfTotal).toBe(50);
    // A click on b1 × 1400 retrieves its two codings in d1.
    expect(t.rows[0]?.cells[0]?.codingIds).toEqual([c1.id, c2.id]);
    expect(t.rows[0]?.cells[0]?.documentIds).toEqual([d1.id]);
    expect(t.overlapping).toBe(false);
  });

  it('counts each passage once per row under the distinct convention', () => {
    const t = computeCrosstab({
      ...base,
      rows: { kind: 'codes', level: 'basic' },
      columns: year.id,
      count: 'references',
      convention: 'distinct',
    });
    expect(counts(t).b1).toEqual([1, 1, 0]);
    expect(t.total).toBe(5);
  });

  it('counts sources of organizing themes, and without columns only totals', () => {
    const t = computeCrosstab({
      ...base,
      rows: { kind: 'codes', level: 'organizing' },
      columns: year.id,
      count: 'sources',
    });
    expect(counts(t)).toEqual({ O1: [1, 1, 1], O2: [0, 1, 0] });
    const g = computeCrosstab({
      ...base,
      rows: { kind: 'codes', level: 'global' },
      columns: null,
      count: 'sources',
    });
    expect(g.columns).toEqual([]);
    expect(g.rows[0]?.cells).toEqual([]);
    expect(g.rows[0]?.total.count).toBe(4);
    expect(g.total).toBe(4);
    expect(g.chiSquare).toBeNull();
  });

  it('counts cases of basic themes, flags a case that falls in two rows', () => {
    const t = computeCrosstab({
      ...base,
      rows: { kind: 'codes', level: 'basic' },
      columns: gender.id,
      count: 'cases',
    });
    // d4 has no case: b2 counts only A. C has no gender.
    expect(counts(t)).toEqual({ b1: [1, 0, 1], b2: [1, 0, 0], b3: [0, 1, 0] });
    expect(t.overlapping).toBe(true); // A is in b1 and b2
  });

  it('counts references by an attribute in rows', () => {
    const t = computeCrosstab({
      ...base,
      rows: { kind: 'attribute', attributeId: year.id },
      columns: null,
      count: 'references',
    });
    expect(t.rows.map((r) => [r.label, r.total.count])).toEqual([
      ['1400', 3],
      ['1403', 2],
      [NONE_LABEL, 1],
    ]);
  });

  it('counts documents by an attribute in rows, with the cases they retrieve', () => {
    const t = computeCrosstab({
      ...base,
      rows: { kind: 'attribute', attributeId: year.id },
      columns: null,
      count: 'sources',
    });
    expect(t.rows.map((r) => [r.label, r.total.count])).toEqual([
      ['1400', 1],
      ['1403', 2],
      [NONE_LABEL, 1],
    ]);
    expect(t.rows[1]?.total.documentIds).toEqual([d2.id, d3.id]);
    expect(t.rows[1]?.total.caseIds).toEqual([B.id, C.id]);
  });

  it('finds an attribute by name with Arabic letters and a half-space', () => {
    expect(findAttribute([year, gender], 'سال\u200cمصاحبه')?.id).toBe(year.id);
    expect(findAttribute([year, gender], ' جنسيت ')?.id).toBe(gender.id);
    expect(findAttribute([year, gender], 'سن')).toBeUndefined();
  });
});

describe('the sample study', () => {
  const loaded = loadProjectDir(azerbaijanFiles());
  if (!loaded.ok) throw new Error(loaded.reason);
  const snap = loaded.data;
  const yearAttr = findAttribute(snap.attributes, 'year');

  it('sums its references by interview year to the report’s 307', () => {
    expect(yearAttr).toBeDefined();
    const t = computeCrosstab({
      ...snap,
      rows: { kind: 'codes', level: 'basic' },
      columns: yearAttr?.id ?? null,
      count: 'references',
    });
    expect(t.total).toBe(307);
    expect(t.rows.reduce((s, r) => s + r.total.count, 0)).toBe(307);
    // Each year's column against a direct count of codings in that year's documents.
    const yearOfDoc = new Map(
      snap.documents.map((d) => [
        d.id,
        String(snap.cases.find((c) => c.id === d.caseId)?.values[yearAttr?.id ?? ''] ?? ''),
      ]),
    );
    const direct = (y: string): number =>
      snap.codings.filter((c) => yearOfDoc.get(c.documentId) === y).length;
    expect(t.columns.map((c) => c.label)).toEqual(['1400', '1403']);
    expect(t.columnTotals).toEqual([direct('1400'), direct('1403')]);
    const global = computeCrosstab({
      ...snap,
      rows: { kind: 'codes', level: 'global' },
      columns: yearAttr?.id ?? null,
      count: 'references',
    });
    expect(global.rows).toHaveLength(2);
    expect(global.total).toBe(307);
  });

  it('counts its 16 interviews by year as 7 and 9 cases', () => {
    const t = computeCrosstab({
      ...snap,
      rows: { kind: 'attribute', attributeId: yearAttr?.id ?? '' },
      columns: null,
      count: 'cases',
    } as CrosstabInput);
    expect(t.rows.map((r) => [r.label, r.total.count])).toEqual([
      ['1400', 7],
      ['1403', 9],
    ]);
  });
});
