import { describe, expect, it } from 'vitest';
import { asId, type DocumentId } from '../model/ids';
import { normalizeForSearch } from '../text/persian';
import { SearchIndex, type LoadedText, type SearchOptions } from './search-index';

const id = (s: string) => asId<'DocumentId'>(s);

function indexOf(texts: Record<string, string>, storedKeys = true) {
  const reads: DocumentId[][] = [];
  const rows = new Map(Object.entries(texts));
  const index = new SearchIndex({
    chunkSize: 2,
    loadTexts: async (ids) => {
      reads.push([...ids]);
      const out: LoadedText[] = [];
      for (const d of ids) {
        const text = rows.get(d);
        if (text !== undefined)
          out.push({
            id: d,
            text,
            searchText: storedKeys ? normalizeForSearch(text) : undefined,
          });
      }
      return out;
    },
  });
  index.setDocuments(Object.keys(texts).map(id));
  return { index, reads, rows };
}

async function find(texts: Record<string, string>, query: string, options?: SearchOptions) {
  const { index } = indexOf(texts);
  const r = await index.search(query, options);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

/** The original substrings of the hits: offsets must point into the original text. */
function slices(
  texts: Record<string, string>,
  hits: readonly { documentId: string; start: number; end: number }[],
) {
  return hits.map((h) => (texts[h.documentId] as string).slice(h.start, h.end));
}

describe('SearchIndex', () => {
  it('reads a forgotten document again: a normalized text is searched as it is now', async () => {
    const { index, rows } = indexOf({ a: 'علي رفت', b: 'کتاب' });
    const before = await index.search('علي رفت');
    expect(before.ok && before.data.hits.map((h) => h.match)).toEqual(['علي رفت']);
    // The stored text is rewritten (a tatweel added: offsets after it move by one).
    rows.set('a', 'علي ر\u0640فت');
    index.forget([id('a')]);
    expect(index.progress).toEqual({ loaded: 1, total: 2 });
    const after = await index.search('کتاب');
    expect(after.ok && after.data.total).toBe(1);
    const moved = await index.search('علی');
    expect(moved.ok && moved.data.hits.map((h) => [h.start, h.end])).toEqual([[0, 3]]);
    const tail = await index.search('فت');
    expect(tail.ok && tail.data.hits.map((h) => h.start)).toEqual([6]);
  });

  it('finds a ZWNJ word typed without the half-space and with a space', async () => {
    const texts = { a: 'من می‌خواهم بروم. او نمی‌خواهد.', b: 'ما میخواهیم و می خواهیم.' };
    for (const q of ['میخواهم', 'می خواهم', 'می‌خواهم']) {
      const r = await find(texts, q);
      expect(r.total).toBe(1);
      expect(slices(texts, r.hits)).toEqual(['می‌خواهم']);
    }
    // Joined, the query meets half-spaces (also inside «نمی‌خواهد») but not a real space;
    // with a space it meets every spelling.
    const r = await find(texts, 'میخواه');
    expect(slices(texts, r.hits)).toEqual(['می‌خواه', 'می‌خواه', 'میخواه']);
    const spaced = await find(texts, 'می خواه');
    expect(slices(texts, spaced.hits)).toEqual(['می‌خواه', 'می‌خواه', 'میخواه', 'می خواه']);
  });

  it('never matches a real space inside a query word', async () => {
    const texts = { a: 'کری دور و کریدور' };
    const r = await find(texts, 'کریدور');
    expect(r.total).toBe(1);
    expect(r.hits[0]?.start).toBe(texts.a.indexOf('کریدور'));
  });

  it('folds Arabic ي and ك both ways', async () => {
    const texts = { a: 'كريدور شمال', b: 'کریدور جنوب' };
    for (const q of ['کریدور', 'كريدور', 'کريدور']) {
      const r = await find(texts, q);
      expect(r.total).toBe(2);
      expect(slices(texts, r.hits)).toEqual(['كريدور', 'کریدور']);
    }
  });

  it('finds Persian and Arabic-Indic digits from Latin digits and back', async () => {
    const texts = { a: 'در سال ۱۴۰۳ و سال 1403 و ١٤٠٣' };
    const r = await find(texts, '1403');
    expect(slices(texts, r.hits)).toEqual(['۱۴۰۳', '1403', '١٤٠٣']);
    expect((await find(texts, '۱۴۰۳')).total).toBe(3);
  });

  it('keeps offsets right after emoji and gives context from the original', async () => {
    const texts = { a: '😀👍🏽 سلام می‌خواهم 🎉 برای 1403' };
    const r = await find(texts, 'میخواهم');
    const hit = r.hits[0];
    expect(hit?.start).toBe(texts.a.indexOf('می‌خواهم'));
    expect(hit?.match).toBe('می‌خواهم');
    expect(hit?.before).toBe('😀👍🏽 سلام ');
    expect(hit?.after).toBe(' 🎉 برای 1403');
  });

  it('never splits a surrogate pair at the edge of the context', async () => {
    const text = `${'😀'.repeat(40)}کلمه${'😀'.repeat(40)}`;
    const r = await find({ a: text }, 'کلمه', { contextChars: 11 });
    const hit = r.hits[0];
    expect(hit?.before).toBe('😀'.repeat(5));
    expect(hit?.after).toBe('😀'.repeat(5));
  });

  it('respects whole words, with ZWNJ-joined parts as one word', async () => {
    const texts = { a: 'کریدور کریدورها کریدور‌ها ترانزیت،کریدور' };
    expect((await find(texts, 'کریدور')).total).toBe(4);
    const whole = await find(texts, 'کریدور', { wholeWord: true });
    expect(whole.hits.map((h) => h.start)).toEqual([0, texts.a.lastIndexOf('کریدور')]);
    const en = { b: 'Cat, cats and concatenate. CAT!' };
    expect((await find(en, 'cat')).total).toBe(4);
    expect(slices(en, (await find(en, 'cat', { wholeWord: true })).hits)).toEqual(['Cat', 'CAT']);
    // Half of a ZWNJ word is not a whole word.
    expect((await find({ c: 'می‌خواهم' }, 'خواهم', { wholeWord: true })).total).toBe(0);
  });

  it('widens a hit over the marks that follow it', async () => {
    const texts = { a: 'خانهٔ ما' };
    const r = await find(texts, 'خانه', { wholeWord: true });
    expect(slices(texts, r.hits)).toEqual(['خانهٔ']);
  });

  it('all words: every word must occur in the document; phrase: in order', async () => {
    const texts = { a: 'دیپلماسی رسمی و اقتصاد', b: 'اقتصاد رسمی', c: 'دیپلماسی تنها' };
    const all = await find(texts, 'اقتصاد دیپلماسی', { mode: 'all-words' });
    expect(all.total).toBe(2);
    expect([...all.perDocument.keys()]).toEqual(['a']);
    expect(slices(texts, all.hits)).toEqual(['دیپلماسی', 'اقتصاد']);
    const phrase = await find(texts, 'اقتصاد رسمی');
    expect([...phrase.perDocument.keys()]).toEqual(['b']);
  });

  it('caps the hits returned but counts them all, and filters to a subset', async () => {
    const texts = { a: 'و و و', b: 'و و' };
    const r = await find(texts, 'و', { maxHits: 2 });
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBe(5);
    expect(r.truncated).toBe(true);
    expect(r.perDocument.get(id('b'))).toBe(2);
    const sub = await find(texts, 'و', { documentIds: [id('b')] });
    expect(sub.total).toBe(2);
  });

  it('loads lazily in chunks, follows added and removed documents', async () => {
    const { index, reads, rows } = indexOf({ a: 'یک', b: 'دو', c: 'سه' });
    expect(index.progress).toEqual({ loaded: 0, total: 3 });
    expect(index.searchLoaded('دو').total).toBe(0);
    await index.warm();
    expect(reads).toEqual([['a', 'b'], ['c']]);
    expect(index.progress).toEqual({ loaded: 3, total: 3 });
    rows.set('d', 'دو تا');
    index.setDocuments([id('a'), id('c'), id('d')]);
    const r = await index.search('دو');
    expect(r.ok && [...r.data.perDocument.keys()]).toEqual(['d']);
    expect(reads.at(-1)).toEqual(['d']);
    // A document deleted before its text is read is not asked for again.
    index.setDocuments([id('a'), id('c'), id('d'), id('gone')]);
    await index.ensureLoaded();
    await index.ensureLoaded();
    expect(reads.filter((r) => r.includes(id('gone')))).toHaveLength(1);
    expect(index.progress).toEqual({ loaded: 3, total: 3 });
  });

  it('recomputes the key when the stored one is missing', async () => {
    const { index } = indexOf({ a: 'كريدور 1403' }, false);
    const r = await index.search('کریدور ۱۴۰۳');
    expect(r.ok && r.data.total).toBe(1);
  });

  it('reports a loader failure as a result and retries later', async () => {
    let fails = true;
    const index = new SearchIndex({
      loadTexts: async (ids) => {
        if (fails) throw new Error('disk gone');
        return ids.map((d) => ({ id: d, text: 'سلام' }));
      },
    });
    index.setDocuments([id('a')]);
    const r = await index.search('سلام');
    expect(r).toEqual({
      ok: false,
      reason: 'The texts could not be read: disk gone',
      error: { code: 'store.textsUnreadable', params: { detail: 'disk gone' } },
    });
    fails = false;
    const again = await index.search('سلام');
    expect(again.ok && again.data.total).toBe(1);
  });

  it('finds nothing for an empty query', async () => {
    expect((await find({ a: 'متن' }, '  \u200c ')).total).toBe(0);
  });
});

describe('a first search before warm-up', () => {
  it('reads everything at once, keeps texts whole, then compacts them with the same answers', async () => {
    const texts: Record<string, string> = {};
    for (let i = 0; i < 12; i++) texts[`d${i}`] = `مصاحبه ${i}: میانجي‌گری و ۱۴۰${i % 10} كتاب`;
    const { index, reads } = indexOf(texts);
    const first = await index.search('ميانجي گري');
    if (!first.ok) throw new Error(first.reason);
    // chunkSize 2, but a search waits: all 12 documents in one request.
    expect(reads.map((r) => r.length)).toEqual([12]);
    expect(first.data.total).toBe(12);
    await index.compacted();
    const again = index.searchLoaded('ميانجي گري');
    expect(again).toEqual(first.data);
    expect(again.hits[0]?.before).toBe('مصاحبه 0: ');
    // Private, but the point of compaction: no text is held whole any more.
    const held = (index as unknown as { texts: Map<string, { text?: string }> }).texts;
    expect([...held.values()].filter((d) => d.text !== undefined)).toEqual([]);
  });
});
