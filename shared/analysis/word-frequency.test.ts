import { describe, expect, it } from 'vitest';
import { buildCode, buildCoding, buildDocument, buildProject } from '../db/test-builders';
import type { Document } from '../model/types';
import { SearchIndex } from '../search/search-index';
import { normalizeForSearch } from '../text/persian';
import { scopeSegments, wordFrequency, type WordText } from './word-frequency';
import { forEachWord, wordKey } from './word-frequency-tokens';
import { wordsTable } from './word-frequency-table';

const project = buildProject();
const doc = (text: string, title = 'd'): Document =>
  buildDocument({ projectId: project.id, text, title });
const texts = (docs: readonly Document[]): WordText[] =>
  docs.map((d) => ({ id: d.id, text: d.text }));
const words = (text: string): string[] => {
  const out: string[] = [];
  forEachWord(text, 0, text.length, (s, e) => out.push(text.slice(s, e)));
  return out;
};
const ZWNJ = '\u200c';

describe('forEachWord', () => {
  it('keeps a half-space inside a word, splits on spaces and punctuation, skips bare numbers', () => {
    expect(words(`من می${ZWNJ}خواهم، (بروم) 1402 سال۱۴۰۲ don't`)).toEqual([
      'من',
      `می${ZWNJ}خواهم`,
      'بروم',
      'سال۱۴۰۲',
      'don',
      't',
    ]);
  });

  it('leaves joiners at the edges of a word out', () => {
    expect(words(`${ZWNJ}کتاب${ZWNJ} و`)).toEqual(['کتاب', 'و']);
  });

  it('reads letters outside the Basic Multilingual Plane as letters', () => {
    expect(words('a 𝒳y b')).toEqual(['a', '𝒳y', 'b']);
  });
});

describe('wordKey', () => {
  it('folds the forms the search folds: Arabic ي/ك, half-spaces, short vowels, case', () => {
    expect(wordKey(`مي${ZWNJ}خواهم`)).toBe('میخواهم');
    expect(wordKey('میخواهم')).toBe('میخواهم');
    expect(wordKey('كِتاب')).toBe('کتاب');
    expect(wordKey('Iran')).toBe('iran');
  });
});

describe('wordFrequency', () => {
  it('counts «می‌خواهم» and «میخواهم» (and Arabic ي) as one word, shown in its commonest form', () => {
    const a = doc(`می${ZWNJ}خواهم بروم. می${ZWNJ}خواهم`);
    const b = doc('ميخواهم بمانم');
    const r = wordFrequency(scopeSegments({ kind: 'project' }, texts([a, b])));
    // By hand: می‌خواهم ×2 in a, ميخواهم ×1 in b → 3 in 2 documents; بروم, بمانم once each.
    expect(r.rows[0]).toMatchObject({
      key: 'میخواهم',
      word: `می${ZWNJ}خواهم`,
      count: 3,
      documents: 2,
    });
    expect(r.tokens).toBe(5);
    expect(r.rows[0]?.percent).toBeCloseTo(60, 10);
    expect(r.rows.map((x) => x.count)).toEqual([3, 1, 1]);
  });

  it('leaves stop words out of the rows and of the percent base, not of allTokens', () => {
    const a = doc('the cat and the dog');
    const r = wordFrequency(
      scopeSegments({ kind: 'project' }, texts([a])),
      new Set(['the', 'and']),
    );
    expect(r.rows.map((x) => [x.word, x.count])).toEqual([
      ['cat', 1],
      ['dog', 1],
    ]);
    expect(r.tokens).toBe(2);
    expect(r.allTokens).toBe(5);
    expect(r.rows[0]?.percent).toBe(50);
  });

  it('counts only the chosen documents', () => {
    const a = doc('alpha beta');
    const b = doc('alpha gamma');
    const r = wordFrequency(
      scopeSegments({ kind: 'documents', documentIds: [b.id] }, texts([a, b])),
    );
    expect(r.rows.map((x) => x.word)).toEqual(['alpha', 'gamma']);
    expect(r.documents).toBe(1);
  });

  it("counts a code's passages and its sub-codes', each character once where they overlap", () => {
    const text = 'one two three four five';
    const a = doc(text);
    const parent = buildCode({ projectId: project.id });
    const child = buildCode({ projectId: project.id, parentId: parent.id });
    const other = buildCode({ projectId: project.id });
    const at = (w: string) => text.indexOf(w);
    const codings = [
      // "two three" on the parent, "three four" on the child: together "two three four".
      buildCoding({
        projectId: project.id,
        documentId: a.id,
        codeId: parent.id,
        start: at('two'),
        end: at('three') + 5,
      }),
      buildCoding({
        projectId: project.id,
        documentId: a.id,
        codeId: child.id,
        start: at('three'),
        end: at('four') + 4,
      }),
      buildCoding({
        projectId: project.id,
        documentId: a.id,
        codeId: other.id,
        start: 0,
        end: text.length,
      }),
    ];
    const r = wordFrequency(
      scopeSegments(
        { kind: 'code', codeId: parent.id },
        texts([a]),
        [parent, child, other],
        codings,
      ),
    );
    expect(r.rows.map((x) => [x.word, x.count])).toEqual([
      ['four', 1],
      ['three', 1],
      ['two', 1],
    ]);
    expect(r.documents).toBe(1);
  });

  it('counts a document once per word even when its passages come apart', () => {
    const a = doc('x y x');
    const b = doc('x');
    const segs = [
      { documentId: a.id, text: a.text, key: a.text, start: 0, end: 1 },
      { documentId: b.id, text: b.text, key: b.text, start: 0, end: 1 },
      { documentId: a.id, text: a.text, key: a.text, start: 4, end: 5 },
    ];
    expect(wordFrequency(segs).rows[0]).toMatchObject({ word: 'x', count: 3, documents: 2 });
  });

  it('agrees with the search: a whole-word search for each key finds exactly its count', async () => {
    const docs = [
      doc(`ما مي${ZWNJ}خواهيم همكاري كنيم؛ همکاری‌ها مهم است. می‌خواهیم، همکاری!`),
      doc('Cooperation matters. cooperation, COOPERATION and co-operation.'),
      doc(`کِتاب کتاب‌ها و كتاب ۱۴۰۲`),
    ];
    const r = wordFrequency(scopeSegments({ kind: 'project' }, texts(docs)));
    const index = new SearchIndex({
      loadTexts: (ids) =>
        Promise.resolve(
          docs.filter((d) => ids.includes(d.id)).map((d) => ({ id: d.id, text: d.text })),
        ),
    });
    index.setDocuments(docs.map((d) => d.id));
    for (const row of r.rows) {
      const found = await index.search(row.key, { wholeWord: true, maxHits: 0 });
      expect(found.ok && found.data.total, row.key).toBe(row.count);
    }
    expect(r.rows.find((x) => x.key === 'cooperation')?.count).toBe(3);
    expect(r.rows.find((x) => x.key === 'کتاب')?.count).toBe(2);
  });

  it('gives the same rows from the stored search key as from the text alone', () => {
    const docs = [doc(`مي${ZWNJ}خواهم كِتاب‌ها را. Books, BOOKS ۱۴۰۲ساله`), doc('كتاب کتاب')];
    const keyed = docs.map((d) => ({
      id: d.id,
      text: d.text,
      searchText: normalizeForSearch(d.text),
    }));
    const fromKey = wordFrequency(scopeSegments({ kind: 'project' }, keyed));
    const fromText = wordFrequency(scopeSegments({ kind: 'project' }, texts(docs)));
    expect(fromKey).toEqual(fromText);
    // A stale stored key (another length) is not used.
    const stale = docs.map((d) => ({ id: d.id, text: d.text, searchText: 'x' }));
    expect(wordFrequency(scopeSegments({ kind: 'project' }, stale))).toEqual(fromText);
  });

  it('renders the rows as a table for CSV, percent rounded to two decimals', () => {
    const r = wordFrequency(scopeSegments({ kind: 'project' }, texts([doc('a a b')])));
    expect(wordsTable(r.rows, { word: 'W', count: 'C', documents: 'D', percent: 'P' })).toEqual({
      columns: ['W', 'C', 'D', 'P'],
      rows: [
        ['a', 2, 1, 66.67],
        ['b', 1, 1, 33.33],
      ],
    });
  });
});
