// The Analysis tabs' set scope (issue 13.4) over the sample study: a rule set "year = 1403"; the
// expected documents, codings and counts are worked out here from the fixture's own files.
import { describe, expect, it } from 'vitest';
import { computeCrosstab } from '../../shared/analysis/crosstab';
import { buildSet } from '../../shared/db/test-builders';
import { azerbaijanFiles } from '../../shared/fixture/azerbaijan-files';
import { loadProjectDir } from '../../shared/fixture/load-project-dir';
import type { DocumentId } from '../../shared/model';
import { CodingIndex } from '../../shared/store/coding-index';
import { analysisScope } from './analysis-scope';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const study = loaded.data;
const year = study.attributes.find((a) => a.name === 'year')!;
const set = buildSet({
  projectId: study.project.id,
  name: '1403',
  kind: 'rule',
  rule: { match: 'all', conditions: [{ attributeId: year.id, values: ['1403'] }] },
});
const state = {
  sets: [set],
  // The store holds documents without their texts (DocumentMeta).
  documents: study.documents.map(({ text, ...meta }) => ({ ...meta, length: text.length })),
  cases: study.cases,
  codings: new CodingIndex(study.codings),
};

// By hand: the cases interviewed in 1403, their documents, the codings on those.
const cases1403 = study.cases.filter((c) => String(c.values[year.id]) === '1403');
const docs1403 = study.documents.filter((d) => cases1403.some((c) => c.id === d.caseId));
const inSet = new Set<DocumentId>(docs1403.map((d) => d.id));
const codings1403 = study.codings.filter((c) => inSet.has(c.documentId));

describe('analysisScope', () => {
  it('the sample has documents on both sides of the set (else the test proves nothing)', () => {
    expect(docs1403.length).toBeGreaterThan(0);
    expect(docs1403.length).toBeLessThan(study.documents.length);
    expect(codings1403.length).toBeGreaterThan(0);
    expect(codings1403.length).toBeLessThan(study.codings.length);
  });

  it('without a set: every document, case and coding', () => {
    const scope = analysisScope(state, null);
    expect(scope.setId).toBeNull();
    expect(scope.documents).toHaveLength(16);
    expect(scope.cases).toBe(study.cases);
    expect([...scope.codings()]).toHaveLength(study.codings.length);
  });

  it('a set no longer there counts as no set', () => {
    const scope = analysisScope(state, 'gone' as typeof set.id);
    expect(scope.documents).toHaveLength(16);
  });

  it('with the set: its documents in project order, their cases and codings only', () => {
    const scope = analysisScope(state, set.id);
    expect(scope.setId).toBe(set.id);
    expect(scope.documents.map((d) => d.id)).toEqual(docs1403.map((d) => d.id));
    expect(scope.cases.map((c) => c.id).sort()).toEqual(cases1403.map((c) => c.id).sort());
    const ids = (xs: Iterable<{ id: string }>) => [...xs].map((c) => c.id).sort();
    expect(ids(scope.codings())).toEqual(ids(codings1403));
    // A fresh iterable each call: a second consumer sees the codings too.
    expect([...scope.codings()]).toHaveLength(codings1403.length);
    expect(scope.has(docs1403[0]!.id)).toBe(true);
    expect(scope.has(study.documents.find((d) => !inSet.has(d.id))!.id)).toBe(false);
  });

  it('limits the crosstab: each basic theme’s references and sources are the set’s', () => {
    const scope = analysisScope(state, set.id);
    const table = (count: 'references' | 'sources') =>
      computeCrosstab({
        codes: study.codes,
        codings: scope.codings(),
        documents: scope.documents,
        cases: scope.cases,
        attributes: study.attributes,
        rows: { kind: 'codes', level: 'basic' },
        columns: null,
        count,
      });
    const leaves = study.codes.filter((c) => !study.codes.some((x) => x.parentId === c.id));
    const refs = new Map(table('references').rows.map((r) => [r.codeId, r.total.count]));
    const srcs = new Map(table('sources').rows.map((r) => [r.codeId, r.total.count]));
    for (const code of leaves) {
      const mine = codings1403.filter((c) => c.codeId === code.id);
      expect(refs.get(code.id) ?? 0, code.name).toBe(mine.length);
      expect(srcs.get(code.id) ?? 0, code.name).toBe(new Set(mine.map((c) => c.documentId)).size);
    }
    const total = [...refs.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(codings1403.filter((c) => leaves.some((l) => l.id === c.codeId)).length);
  });
});
