import { describe, expect, it } from 'vitest';
import table2 from '../../fixtures/reference/azerbaijan-table2.csv?raw';
import { asId, type Code, type CodeId, type Coding, type DocumentId } from '../model';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { parseCsvRecords } from './csv';
import {
  computeFrequencies,
  computeFrequencyTable,
  tallyCodings,
  tallyReferences,
  type FrequencyRow,
} from './frequencies';
import { defaultSourceKey } from './compare-published';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const snap = loaded.data;
const table = parseCsvRecords(table2);
if (!table.ok) throw new Error(table.reason);
const printed = table.data.records;

const paper = computeFrequencyTable({ ...snap, convention: 'paper' });
const byPath = (rows: readonly FrequencyRow[], ...path: string[]): FrequencyRow => {
  const r = rows.find((x) => x.path.join('/') === path.join('/'));
  if (!r) throw new Error(`no row ${path.join(' > ')}`);
  return r;
};
const num = (s: string | undefined): number | null => (s ? Number(s) : null);

describe('computeFrequencies on the Azerbaijan study (paper convention)', () => {
  it('reads 2 global, 6 organizing and 25 basic themes from the tree', () => {
    const count = (level: string): number => paper.rows.filter((r) => r.level === level).length;
    expect([count('global'), count('organizing'), count('basic')]).toEqual([2, 6, 25]);
    expect(paper.documents).toBe(16);
    expect(paper.references).toBe(307);
  });

  it('reproduces every printed frequency and every basic theme’s distinct sources', () => {
    let checked = 0;
    for (const p of printed) {
      const g = p.global_theme ?? '';
      const o = p.organizing_theme ?? '';
      const b = p.basic_theme ?? '';
      const basic = byPath(paper.rows, g, o, b);
      const ids = new Set((p.source_codes_printed ?? '').split('-'));
      expect(new Set(basic.sourceLabels.map(defaultSourceKey)), b).toEqual(ids);
      expect(basic.sources).toBe(ids.size);
      const want = num(p.basic_references_printed);
      if (want !== null) {
        expect(basic.references, b).toBe(want);
        checked++;
      }
      expect(byPath(paper.rows, g, o).references, o).toBe(num(p.organizing_references_printed));
      expect(byPath(paper.rows, g).references, g).toBe(num(p.global_references_printed));
    }
    expect(checked).toBe(16);
  });

  it('gives the global and organizing numbers of the paper, including the inferred 51', () => {
    const refs = (level: string): number[] =>
      paper.rows.filter((r) => r.level === level).map((r) => r.references);
    expect(refs('global')).toEqual([166, 141]);
    expect(refs('organizing')).toEqual([57, 51, 58, 53, 39, 49]);
    const [motivational] = paper.rows;
    expect(motivational?.percentOfAll).toBeCloseTo((100 * 166) / 307, 10);
    expect(motivational?.sources).toBe(16);
  });

  it('fills path, depth, source order and percentages within the parent', () => {
    const basic = paper.rows.find((r) => r.level === 'basic');
    expect(basic?.depth).toBe(2);
    expect(basic?.path).toHaveLength(3);
    expect(basic?.percentOfParent).toBeCloseTo((100 * (basic?.references ?? 0)) / 57, 10);
    const order = snap.documents.map((d) => d.id);
    for (const r of paper.rows) {
      const idx = r.sourceIds.map((id) => order.indexOf(id));
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
      expect(r.cases).toBe(r.sources); // one case per interview
      expect(r.ownReferences).toBe(r.level === 'basic' ? r.references : 0);
    }
  });
});

describe('filters and conventions', () => {
  const yearAttr = snap.attributes.find((a) => a.name === 'year');
  const only1403 = computeFrequencyTable({
    ...snap,
    convention: 'paper',
    filter: { caseFilter: (c) => c.values[yearAttr?.id ?? ''] === 1403 },
  });

  it('keeps only the 1403 interviews and their codings', () => {
    const kept = snap.cases.filter((c) => c.values[yearAttr?.id ?? ''] === 1403).length;
    expect(only1403.documents).toBe(kept);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(16);
    const keptDocs = new Set(
      snap.documents
        .filter(
          (d) => snap.cases.find((c) => c.id === d.caseId)?.values[yearAttr?.id ?? ''] === 1403,
        )
        .map((d) => d.id),
    );
    expect(only1403.references).toBe(snap.codings.filter((c) => keptDocs.has(c.documentId)).length);
    expect(only1403.references).toBeLessThan(307);
    for (const r of only1403.rows) {
      const all = byPath(paper.rows, ...r.path);
      expect(r.references).toBeLessThanOrEqual(all.references);
      expect(r.sourceIds.every((id) => keptDocs.has(id))).toBe(true);
    }
  });

  it('filters by document ids', () => {
    const first = snap.documents[0]?.id as DocumentId;
    const one = computeFrequencyTable({
      ...snap,
      convention: 'paper',
      filter: { documentIds: new Set([first]) },
    });
    expect(one.documents).toBe(1);
    expect(one.references).toBe(snap.codings.filter((c) => c.documentId === first).length);
  });

  it('counts identical passages once under the distinct convention', () => {
    const distinct = computeFrequencyTable({ ...snap, convention: 'distinct' });
    const passages = new Set(snap.codings.map((c) => `${c.documentId}:${c.start}:${c.end}`));
    expect(distinct.references).toBe(passages.size);
    expect(distinct.references).toBeLessThan(paper.references);
    distinct.rows.forEach((r, k) => {
      const p = paper.rows[k];
      expect(r.id).toBe(p?.id);
      expect(r.sources).toBe(p?.sources);
      expect(r.references).toBeLessThanOrEqual(p?.references ?? 0);
    });
    // Economic themes share passages such as «ارتباطات اقتصادی»: their parent differs most.
    const economic = (rows: readonly FrequencyRow[]): number =>
      rows.find((r) => r.level === 'organizing')?.references ?? 0;
    expect(economic(distinct.rows)).toBeLessThan(economic(paper.rows));
  });
});

describe('computeFrequencies on hand-made trees', () => {
  const P = asId<'ProjectId'>('p');
  const code = (id: string, parent: string | null, order = 0): Code => ({
    id: asId<'CodeId'>(id),
    projectId: P,
    parentId: parent === null ? null : asId<'CodeId'>(parent),
    name: id.toUpperCase(),
    description: '',
    whenToUse: '',
    whenNotToUse: '',
    example: '',
    color: '#000000',
    order,
  });
  let n = 0;
  const coding = (codeId: string, doc: string, start = 0, end = 5): Coding => ({
    id: asId<'CodingId'>(`c${n++}`),
    projectId: P,
    documentId: asId<'DocumentId'>(doc),
    codeId: asId<'CodeId'>(codeId),
    start,
    end,
    coderId: null,
    memo: '',
    createdAt: 0,
  });
  const docs = ['d1', 'd2', 'd3'].map((d) => ({
    id: asId<'DocumentId'>(d),
    title: d,
    caseId: null,
  }));
  // a > b > c > d (four levels), a > e (empty leaf), f (root leaf), and a coding on a non-leaf.
  const codes = [
    code('a', null),
    code('b', 'a'),
    code('c', 'b'),
    code('d', 'c'),
    code('e', 'a', 1),
    code('f', null, 1),
  ];
  const codings = [
    coding('d', 'd1'),
    coding('d', 'd1'),
    coding('c', 'd1'),
    coding('b', 'd2', 1, 3),
    coding('f', 'd2'),
  ];
  const rows = computeFrequencies({ codes, codings, documents: docs, convention: 'paper' });
  const get = (id: string): FrequencyRow | undefined => rows.find((r) => r.id === (id as CodeId));

  it('reads levels at any depth and keeps tree order', () => {
    expect(rows.map((r) => `${r.name}:${r.level}:${r.depth}`)).toEqual([
      'A:global:0',
      'B:organizing:1',
      'C:organizing:2',
      'D:basic:3',
      'E:basic:1',
      'F:basic:0',
    ]);
  });

  it('rolls up own codings on non-leaf codes, leaves empty codes at zero', () => {
    expect([
      get('d')?.references,
      get('c')?.references,
      get('b')?.references,
      get('a')?.references,
    ]).toEqual([2, 3, 4, 4]);
    expect([get('c')?.ownReferences, get('b')?.ownReferences, get('a')?.ownReferences]).toEqual([
      1, 1, 0,
    ]);
    expect(get('e')).toMatchObject({ references: 0, sources: 0, percentOfParent: 0 });
    expect(get('a')?.sourceLabels).toEqual(['d1', 'd2']);
    expect(get('b')?.percentOfParent).toBe(100);
    expect(get('a')?.percentOfAll).toBe(80);
  });

  it('collapses identical ranges under distinct but not overlapping ones', () => {
    const d = computeFrequencies({
      codes,
      codings: [...codings, coding('d', 'd1', 0, 6)],
      documents: docs,
      convention: 'distinct',
    });
    // d: [0,5] twice and [0,6] → 2 passages; c adds its own [0,5] in d1 → still 2.
    expect(d.find((r) => r.id === 'd')?.references).toBe(2);
    expect(d.find((r) => r.id === 'c')?.references).toBe(2);
    expect(d.find((r) => r.id === 'a')?.references).toBe(3);
  });

  it('keeps passages apart in a text longer than 2^26 units', () => {
    // [1, 2^26 + 5) and [2, 5) packed as start × 2^26 + end are both 2 × 2^26 + 5.
    const big = 2 ** 26;
    const far = [
      coding('d', 'd1', 1, big + 5),
      coding('d', 'd1', 2, 5),
      coding('d', 'd1', big + 7, 2 * big + 1),
      coding('d', 'd1', big + 7, 2 * big + 1),
    ];
    const d = computeFrequencyTable({
      codes,
      codings: far,
      documents: docs,
      convention: 'distinct',
    });
    expect(d.rows.find((r) => r.id === 'd')?.references).toBe(3);
    expect(d.references).toBe(3);
  });

  it('handles an uncoded project and codings on unknown codes or documents', () => {
    const empty = computeFrequencyTable({
      codes,
      codings: [coding('zz', 'd1'), coding('d', 'd9')],
      documents: docs,
      convention: 'paper',
    });
    expect(empty.references).toBe(0);
    expect(empty.rows.every((r) => r.references === 0 && r.percentOfAll === 0)).toBe(true);
    expect(
      computeFrequencies({ codes: [], codings: [], documents: [], convention: 'distinct' }),
    ).toEqual([]);
  });
  it('tallies per document only where codings are, in scope order, whatever the coding order', () => {
    // d3 then d1 interleaved: sources must still come in document order, counts per document.
    const mixed = [coding('d', 'd3'), coding('f', 'd1'), coding('d', 'd1'), coding('d', 'd3')];
    const t = tallyCodings({ codes, codings: mixed, documents: docs, convention: 'paper' });
    const a = t.subtree.get(asId<'CodeId'>('a'));
    if (!a) throw new Error('no tally for a');
    // a holds d's codings: 1 in d1 (index 0), none in d2 (index 1), 2 in d3 (index 2).
    expect([0, 1, 2].map((i) => tallyReferences(a, 'paper', i))).toEqual([1, 0, 2]);
    expect(tallyReferences(a, 'paper')).toBe(3);
    expect(tallyReferences(t.all, 'paper')).toBe(4);
    const rows = computeFrequencies({
      codes,
      codings: mixed,
      documents: docs,
      convention: 'paper',
    });
    expect(rows.find((r) => r.id === 'a')?.sourceIds).toEqual(['d1', 'd3']);
    expect(rows.find((r) => r.id === 'f')?.sourceIds).toEqual(['d1']);
  });

  it('counts distinct cases of the sources, documents without a case left out', () => {
    const withCases = [
      { id: asId<'DocumentId'>('d1'), title: 'd1', caseId: asId<'CaseId'>('k1') },
      { id: asId<'DocumentId'>('d2'), title: 'd2', caseId: asId<'CaseId'>('k1') },
      { id: asId<'DocumentId'>('d3'), title: 'd3', caseId: null },
    ];
    const rows = computeFrequencies({
      codes,
      codings: [coding('d', 'd1'), coding('d', 'd2'), coding('d', 'd3'), coding('f', 'd3')],
      documents: withCases,
      convention: 'paper',
    });
    // d: three sources, two of them the same case k1, the third without a case.
    expect(rows.find((r) => r.id === 'd')).toMatchObject({ sources: 3, cases: 1 });
    expect(rows.find((r) => r.id === 'f')).toMatchObject({ sources: 1, cases: 0 });
  });

  it('rolls up codes caught in a parent cycle as roots of their own', () => {
    const cyc = [code('x', 'y'), code('y', 'x')];
    const rows = computeFrequencies({
      codes: cyc,
      codings: [coding('x', 'd1'), coding('y', 'd2'), coding('y', 'd2')],
      documents: docs,
      convention: 'paper',
    });
    // x is visited first and becomes the root, y its child: x = 1 own + 2 of y.
    expect(rows.map((r) => [r.id, r.depth, r.references])).toEqual([
      ['x', 0, 3],
      ['y', 1, 2],
    ]);
  });
});
