// The text search limited to a set (issue 13.4) over the sample study: a rule set "year = 1403".
// The set's documents are worked out here from the fixture's cases; the scoped search must find
// exactly the unscoped search's hits on those documents, and say "N of M" over the set only.
import { describe, expect, it } from 'vitest';
import { buildSet } from '../../shared/db/test-builders';
import { azerbaijanFiles } from '../../shared/fixture/azerbaijan-files';
import { loadProjectDir } from '../../shared/fixture/load-project-dir';
import type { DocumentId } from '../../shared/model';
import { SearchIndex, type PartialSearch } from '../../shared/search/search-index';
import { CodingIndex } from '../../shared/store/coding-index';
import { normalizeForSearch } from '../../shared/text/persian';
import { analysisScope } from './analysis-scope';
import { searchDocumentIds } from './search-scope';

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
const documents = study.documents.map(({ text, ...meta }) => ({ ...meta, length: text.length }));
const state = { sets: [set], documents, cases: study.cases, codings: new CodingIndex([]) };
const scope = analysisScope(state, set.id);
const all = analysisScope(state, null);

// By hand: the cases interviewed in 1403 and their documents.
const cases1403 = study.cases.filter((c) => String(c.values[year.id]) === '1403');
const docs1403 = study.documents.filter((d) => cases1403.some((c) => c.id === d.caseId));
const inSet = new Set<DocumentId>(docs1403.map((d) => d.id));

function index(): SearchIndex {
  const texts = new Map(study.documents.map((d) => [d.id, d.text]));
  // Reads of two documents, so the first search reports progress along the way.
  const i = new SearchIndex({
    chunkSize: 2,
    firstUrgentChunk: 2,
    loadTexts: async (ids) =>
      ids.map((id) => {
        const text = texts.get(id) ?? '';
        return { id, text, searchText: normalizeForSearch(text) };
      }),
  });
  i.setDocuments(study.documents.map((d) => d.id));
  return i;
}

describe('searchDocumentIds', () => {
  it('is null (every document) without a case or a set', () => {
    expect(searchDocumentIds(documents, null, all)).toBeNull();
  });

  it('is the set’s documents with a set, the case’s within the set with both', () => {
    expect(docs1403.length).toBeGreaterThan(1);
    expect(docs1403.length).toBeLessThan(study.documents.length);
    expect(searchDocumentIds(documents, null, scope)).toEqual(docs1403.map((d) => d.id));
    const inside = docs1403[0]!;
    const outside = study.documents.find((d) => !inSet.has(d.id) && d.caseId)!;
    expect(searchDocumentIds(documents, inside.caseId, scope)).toEqual(
      study.documents.filter((d) => d.caseId === inside.caseId).map((d) => d.id),
    );
    expect(searchDocumentIds(documents, outside.caseId, scope)).toEqual([]);
    // Without the set a case's documents are all its own.
    expect(searchDocumentIds(documents, outside.caseId, all)).toEqual(
      study.documents.filter((d) => d.caseId === outside.caseId).map((d) => d.id),
    );
  });
});

describe('the first search limited to a set', () => {
  it('finds the unscoped hits on the set’s documents, and counts progress over the set', async () => {
    const ids = searchDocumentIds(documents, null, scope);
    const partials: PartialSearch[] = [];
    const scoped = await index().searchProgressively(
      'همکاری',
      { documentIds: ids, maxHits: 100000 },
      (p) => partials.push(p),
    );
    const whole = await index().searchProgressively('همکاری', { maxHits: 100000 }, () => {});
    if (!scoped.ok || !whole.ok) throw new Error('search failed');
    const expected = whole.data.hits.filter((h) => inSet.has(h.documentId));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(whole.data.hits.length);
    expect(scoped.data.hits).toEqual(expected);
    expect([...scoped.data.perDocument.keys()].every((d) => inSet.has(d))).toBe(true);
    // "Searching… N of M documents": M is the set's size, never the project's.
    expect(partials.length).toBeGreaterThan(0);
    for (const p of partials) expect(p.total).toBe(docs1403.length);
  });
});
