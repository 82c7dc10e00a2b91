import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import { indexText } from './indexed-text';
import { compileQuery, matchTerm, type SearchMode } from './match';

function found(text: string, query: string, wholeWord = false, mode: SearchMode = 'phrase') {
  const doc = indexText(asId<'DocumentId'>('d'), text);
  return compileQuery(query, mode).flatMap((term) =>
    [...matchTerm(doc, term, wholeWord)].map(([s, e]) => text.slice(s, e)),
  );
}

describe('matchTerm', () => {
  it('sees through kashida and short vowels inside a word', () => {
    expect(found('سفر به تـــهران و کِتاب', 'تهران')).toEqual(['تـــهران']);
    expect(found('سفر به تـــهران و کِتاب', 'کتاب')).toEqual(['کِتاب']);
  });

  it('treats regular-expression characters in the query as text', () => {
    expect(found('a.b axb (x) [y]', 'a.b')).toEqual(['a.b']);
    expect(found('a.b axb (x) [y]', '(x)')).toEqual(['(x)']);
    expect(found('a.b axb (x) [y]', '[y]')).toEqual(['[y]']);
  });

  it('matches a Latin phrase across a line break but not inside a word', () => {
    expect(found('foreign\npolicy and foreignpolicy', 'foreign policy')).toEqual([
      'foreign\npolicy',
    ]);
  });

  it('finds an emoji query', () => {
    expect(found('خوب 👍🏽 بود', '👍🏽')).toEqual(['👍🏽']);
  });

  it('gives every word of an all-words query', () => {
    expect(found('Trade, TRADE and trader.', 'trade and', true, 'all-words')).toEqual([
      'Trade',
      'TRADE',
      'and',
    ]);
  });

  it('compiles nothing from an empty or blank query', () => {
    expect(compileQuery(' \u200c\n', 'phrase')).toEqual([]);
    expect(compileQuery('', 'all-words')).toEqual([]);
  });
});
