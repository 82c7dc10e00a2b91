import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import type { SetRule } from '../model/sets';
import { buildSet, buildSnapshot } from '../db/test-builders';
import {
  attributeValuesInUse,
  caseMatchesRule,
  documentsInSet,
  setNamed,
  snapshotInSet,
  snapshotInSetId,
} from './document-sets';

const YEAR = asId<'AttributeId'>('year');
const GENDER = asId<'AttributeId'>('gender');
const cases = [
  { id: asId<'CaseId'>('c1'), values: { [YEAR]: 1403, [GENDER]: 'زن' } },
  { id: asId<'CaseId'>('c2'), values: { [YEAR]: 1402, [GENDER]: 'مرد' } },
  { id: asId<'CaseId'>('c3'), values: { [YEAR]: '۱۴۰۳', [GENDER]: 'مرد' } },
];
const doc = (id: string, caseId: string | null) => ({
  id: asId<'DocumentId'>(id),
  caseId: caseId === null ? null : asId<'CaseId'>(caseId),
});
const docs = [doc('d1', 'c1'), doc('d2', 'c2'), doc('d3', 'c3'), doc('d4', null), doc('d5', 'c1')];
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('documentsInSet', () => {
  it('keeps a manual set’s listed documents in the documents’ order, skipping deleted ids', () => {
    const set = {
      kind: 'manual' as const,
      documentIds: ['d5', 'gone', 'd2'].map((d) => asId<'DocumentId'>(d)),
      rule: null,
    };
    expect(ids(documentsInSet(set, docs, cases))).toEqual(['d2', 'd5']);
  });

  it('computes "year = 1403": Persian digits and numbers alike; a document without a case is out', () => {
    const rule: SetRule = { match: 'all', conditions: [{ attributeId: YEAR, values: ['1403'] }] };
    // c1 (1403) and c3 ('۱۴۰۳') match; d1 and d5 belong to c1, d3 to c3.
    expect(ids(documentsInSet({ kind: 'rule', documentIds: [], rule }, docs, cases))).toEqual([
      'd1',
      'd3',
      'd5',
    ]);
  });

  it('"all" needs every condition, "any" one of them', () => {
    const conditions = [
      { attributeId: YEAR, values: [1403] },
      { attributeId: GENDER, values: ['مرد'] },
    ];
    const all = {
      kind: 'rule' as const,
      documentIds: [],
      rule: { match: 'all' as const, conditions },
    };
    const any = { ...all, rule: { match: 'any' as const, conditions } };
    expect(ids(documentsInSet(all, docs, cases))).toEqual(['d3']);
    expect(ids(documentsInSet(any, docs, cases))).toEqual(['d1', 'd2', 'd3', 'd5']);
  });

  it('"in {…}" matches any listed value, with Arabic ي/ك read as Persian', () => {
    const rule: SetRule = {
      match: 'all',
      conditions: [{ attributeId: GENDER, values: ['زن', 'مرد'] }],
    };
    expect(caseMatchesRule({ [GENDER]: 'زن' }, rule)).toBe(true);
    expect(caseMatchesRule({ [GENDER]: 'نامشخص' }, rule)).toBe(false);
    expect(
      caseMatchesRule(
        { [GENDER]: 'كي' },
        { ...rule, conditions: [{ attributeId: GENDER, values: ['کی'] }] },
      ),
    ).toBe(true);
    expect(caseMatchesRule(undefined, rule)).toBe(false);
    expect(caseMatchesRule({}, { match: 'all', conditions: [] })).toBe(false);
  });
});

describe('attributeValuesInUse', () => {
  it('lists each value once, Persian and Latin digits being one value', () => {
    expect(attributeValuesInUse(cases, YEAR)).toEqual([1402, 1403]);
    expect(attributeValuesInUse(cases, GENDER).sort()).toEqual(['زن', 'مرد'].sort());
  });
});

describe('snapshotInSet and setNamed', () => {
  it('keeps the set’s documents with their codings and memos, and finds a set by its name', () => {
    const snap = buildSnapshot();
    const [fa, en] = snap.documents;
    const set = buildSet({ projectId: snap.project.id, name: 'كتاب', documentIds: [en!.id] });
    const withSet = { ...snap, sets: [set] };
    const found = setNamed(withSet, ' کتاب ');
    if (!found.ok) throw new Error(found.reason);
    const limited = snapshotInSet(withSet, found.data);
    expect(limited.documents.map((d) => d.id)).toEqual([en!.id]);
    // The builder puts two codings on fa and one on en.
    expect(limited.codings.map((c) => c.documentId)).toEqual([en!.id]);
    expect(limited.codes).toBe(snap.codes);
    expect(fa).toBeDefined();
    const missing = setNamed(withSet, 'nope');
    expect(missing.ok ? 'found' : missing.error?.code).toBe('sets.unknownSet');
  });
});

describe('snapshotInSetId', () => {
  it('limits to the set with that id, and leaves the snapshot whole without one', () => {
    const snap = buildSnapshot();
    const set = snap.sets![0]!; // the builder's manual set holds the first document
    expect(snapshotInSetId(snap, set.id).documents.map((d) => d.id)).toEqual([...set.documentIds]);
    expect(snapshotInSetId(snap, null)).toBe(snap);
    expect(snapshotInSetId(snap, 'gone')).toBe(snap);
  });
});
