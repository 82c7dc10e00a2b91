import { describe, expect, it } from 'vitest';
import { filterDocs, nextSort, sortDocs, type RowLookups } from './document-rows';

const docs = [
  { id: 'd1', title: 'مصاحبه ۱۰', caseId: 'c2' },
  { id: 'd2', title: 'مصاحبه ۲', caseId: null },
  { id: 'd3', title: 'Interview 3', caseId: 'c1' },
  { id: 'd4', title: 'گفت‌وگو با کارشناس', caseId: 'c1' },
];
const cases: Record<string, string> = { c1: 'تبریز', c2: 'اردبیل' };
const words: Record<string, number> = { d1: 300, d2: 120, d3: 300, d4: 50 };
const codings: Record<string, number> = { d1: 4, d2: 9, d3: 0, d4: 1 };
const look: RowLookups = {
  caseName: (id) => cases[id],
  words: (d) => words[d.id] ?? 0,
  codings: (d) => codings[d.id] ?? 0,
};
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('filterDocs', () => {
  it('matches titles and case names the Persian-aware way', () => {
    // Arabic ي typed for ی, the half-space lost: still found.
    expect(ids(filterDocs(docs, 'تبريز', look.caseName))).toEqual(['d3', 'd4']);
    expect(ids(filterDocs(docs, 'گفت وگو', look.caseName))).toEqual(['d4']);
    expect(ids(filterDocs(docs, 'interview', look.caseName))).toEqual(['d3']);
    expect(filterDocs(docs, '  ', look.caseName)).toBe(docs);
  });
});

describe('sortDocs', () => {
  it('sorts titles naturally (Persian digits too) and keeps ties in store order', () => {
    // In a Persian interface Persian script sorts before Latin; ۲ before ۱۰.
    expect(ids(sortDocs(docs, { key: 'title', dir: 'asc' }, look, 'fa'))).toEqual([
      'd4',
      'd2',
      'd1',
      'd3',
    ]);
    expect(ids(sortDocs(docs, { key: 'words', dir: 'desc' }, look, 'en'))).toEqual([
      'd1',
      'd3',
      'd2',
      'd4',
    ]);
    expect(ids(sortDocs(docs, { key: 'codings', dir: 'asc' }, look, 'en'))).toEqual([
      'd3',
      'd4',
      'd1',
      'd2',
    ]);
  });

  it('puts documents without a case last in both directions', () => {
    expect(ids(sortDocs(docs, { key: 'case', dir: 'asc' }, look, 'fa'))).toEqual([
      'd1',
      'd3',
      'd4',
      'd2',
    ]);
    expect(ids(sortDocs(docs, { key: 'case', dir: 'desc' }, look, 'fa'))).toEqual([
      'd3',
      'd4',
      'd1',
      'd2',
    ]);
    expect(sortDocs(docs, null, look, 'fa')).toBe(docs);
  });

  it('cycles a column through ascending, descending and unsorted', () => {
    const a = nextSort(null, 'words');
    expect(a).toEqual({ key: 'words', dir: 'asc' });
    const b = nextSort(a, 'words');
    expect(b).toEqual({ key: 'words', dir: 'desc' });
    expect(nextSort(b, 'words')).toBeNull();
    expect(nextSort(b, 'title')).toEqual({ key: 'title', dir: 'asc' });
  });
});
