import { describe, expect, it } from 'vitest';
import { asId, type DocumentId } from '../model/ids';
import { normalizeForSearch } from '../text/persian';
import { hitContext } from './context';
import { type IndexedText, indexText } from './indexed-text';
import { compileQuery, matchTerm } from './match';
import {
  type LoadedText,
  type PartialSearch,
  SearchIndex,
  type SearchOptions,
  type SearchResult,
} from './search-index';

const id = (s: string) => asId<'DocumentId'>(s);

/**
 * The search over a loaded index as it was written before progressive search (commit a5059cf,
 * SearchIndex.searchLoaded), kept here as the oracle: the progressive answer, once complete,
 * must be exactly this, in the same order.
 */
function searchBefore(
  order: readonly DocumentId[],
  texts: ReadonlyMap<DocumentId, IndexedText>,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  const terms = compileQuery(query, options.mode ?? 'phrase');
  if (terms.length === 0) return { hits: [], total: 0, perDocument: new Map(), truncated: false };
  const subset = options.documentIds ? new Set(options.documentIds) : null;
  const maxHits = Math.max(0, options.maxHits ?? 1000);
  const chars = Math.max(0, options.contextChars ?? 60);
  const wholeWord = options.wholeWord ?? false;
  const hits: SearchResult['hits'][number][] = [];
  const perDocument = new Map<DocumentId, number>();
  let total = 0;
  for (const d of order) {
    const doc = texts.get(d);
    if (!doc || (subset && !subset.has(d))) continue;
    const found: (readonly [number, number])[] = [];
    let every = true;
    for (const term of terms) {
      const before = found.length;
      for (const m of matchTerm(doc, term, wholeWord)) found.push(m);
      if (found.length === before) every = false;
    }
    if (!every || found.length === 0) continue;
    if (terms.length > 1) found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    total += found.length;
    perDocument.set(d, found.length);
    for (const [start, end] of found) {
      if (hits.length >= maxHits) break;
      hits.push({ documentId: d, start, end, ...hitContext(doc, start, end, chars) });
    }
  }
  return { hits, total, perDocument, truncated: total > hits.length };
}

/** A small seeded generator: Persian interviews with the variants the search must see through. */
function project(documents: number, seed = 7): Map<DocumentId, string> {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = ['میانجی‌گری', 'ميانجي گري', 'کتاب', 'كتاب', 'مدرسه', 'خانواده', 'و', 'در', '۱۴۰۱'];
  const out = new Map<DocumentId, string>();
  for (let d = 0; d < documents; d++) {
    const n = 5 + Math.floor(next() * 40);
    const parts: string[] = [`مصاحبه‌شونده ${d}:`];
    for (let w = 0; w < n; w++) parts.push(words[Math.floor(next() * words.length)] as string);
    out.set(id(`d${String(d).padStart(3, '0')}`), parts.join(' '));
  }
  return out;
}

/** An index over `texts` whose loader records each request and, like the key packs, returns
 * the documents stored beside those asked for (packs of `pack` documents in storage order). */
function indexOver(texts: Map<DocumentId, string>, order: DocumentId[], pack = 1, first = 2) {
  const stored = [...texts.keys()];
  const reads: number[] = [];
  const index = new SearchIndex({
    chunkSize: 5,
    firstUrgentChunk: first,
    loadTexts: async (ids) => {
      reads.push(ids.length);
      const packs = new Set(ids.map((d) => Math.floor(stored.indexOf(d) / pack)));
      const out: LoadedText[] = [];
      for (const [i, d] of stored.entries())
        if (packs.has(Math.floor(i / pack))) {
          const text = texts.get(d) as string;
          out.push({ id: d, text, searchText: normalizeForSearch(text) });
        }
      return out;
    },
  });
  index.setDocuments(order);
  return { index, reads };
}

function indexed(texts: Map<DocumentId, string>): Map<DocumentId, IndexedText> {
  return new Map([...texts].map(([d, t]) => [d, indexText(d, t)]));
}

async function progressively(index: SearchIndex, query: string, options: SearchOptions = {}) {
  const partials: PartialSearch[] = [];
  const r = await index.searchProgressively(query, options, (p) => partials.push(p));
  if (!r.ok) throw new Error(r.reason);
  return { result: r.data, partials };
}

const cases: [string, string, SearchOptions][] = [
  ['phrase across variants', 'ميانجي‌گري', {}],
  ['truncated', 'کتاب', { maxHits: 7 }],
  ['all words', 'مدرسه خانواده', { mode: 'all-words' }],
  ['whole word', 'و', { wholeWord: true, contextChars: 10 }],
  ['a case filter', 'کتاب', { documentIds: [id('d003'), id('d017'), id('d040'), id('d041')] }],
];

describe('progressive search', () => {
  const texts = project(60);
  // Shown in an order unlike the stored one (a list sorted by title, documents added later).
  const order = [...texts.keys()].reverse();
  for (const [name, query, options] of cases)
    it(`completes with the answer of the search before it: ${name}`, async () => {
      const { index } = indexOver(texts, order, 4);
      const { result, partials } = await progressively(index, query, options);
      expect(result).toEqual(searchBefore(order, indexed(texts), query, options));
      expect(result.total).toBeGreaterThan(0);
      expect(partials.length).toBeGreaterThan(0);
      // The same answer again from the loaded index, as the second search gets it.
      expect(index.searchLoaded(query, options)).toEqual(result);
    });

  it('publishes the hits of a small first read, then completes in one more read', async () => {
    const { index, reads } = indexOver(texts, order, 1, 2);
    const { result, partials } = await progressively(index, 'کتاب', { maxHits: 100_000 });
    // A request of 2, then the 58 left in one.
    expect(reads).toEqual([2, 58]);
    expect(partials.map((p) => [p.searched, p.total])).toEqual([[2, 60]]);
    for (const p of partials) {
      // Each partial is the complete answer over the documents read so far.
      const read = new Set(order.slice(0, p.searched));
      const over = new Map([...indexed(texts)].filter(([d]) => read.has(d)));
      expect(p.result).toEqual(searchBefore(order, over, 'کتاب', { maxHits: 100_000 }));
      for (const h of p.result.hits) expect(result.hits).toContainEqual(h);
    }
  });

  it('counts a partial by hand: one document read of three', async () => {
    const three = new Map([
      [id('a'), 'کتاب و كتاب'],
      [id('b'), 'مدرسه'],
      [id('c'), 'کتاب'],
    ]);
    const { index } = indexOver(three, [id('a'), id('b'), id('c')], 1, 1);
    const { result, partials } = await progressively(index, 'کتاب');
    expect(partials[0]?.searched).toBe(1);
    expect(partials[0]?.total).toBe(3);
    expect(partials[0]?.result.total).toBe(2);
    expect(partials[0]?.result.hits.map((h) => [h.start, h.end])).toEqual([
      [0, 4],
      [7, 11],
    ]);
    expect(result.total).toBe(3);
    expect([...result.perDocument]).toEqual([
      [id('a'), 2],
      [id('c'), 1],
    ]);
  });

  it('sends no partial after its query is replaced, and still completes the index', async () => {
    const { index } = indexOver(texts, order, 1, 2);
    const abort = new AbortController();
    const partials: PartialSearch[] = [];
    const r = await index.searchProgressively(
      'کتاب',
      {},
      (p) => {
        partials.push(p);
        abort.abort();
      },
      abort.signal,
    );
    expect(partials).toHaveLength(1);
    expect(r.ok && r.data).toEqual(searchBefore(order, indexed(texts), 'کتاب'));
    expect(index.progress).toEqual({ loaded: 60, total: 60 });
  });

  it('answers a loaded index at once, without partials', async () => {
    const { index } = indexOver(texts, order, 4);
    await index.ensureLoaded();
    const { partials, result } = await progressively(index, 'مدرسه');
    expect(partials).toEqual([]);
    expect(result).toEqual(searchBefore(order, indexed(texts), 'مدرسه'));
  });
});
