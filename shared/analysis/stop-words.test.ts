import { describe, expect, it } from 'vitest';
import {
  addStopWord,
  NO_EDITS,
  parseStopListEdits,
  removeStopWord,
  serializeStopListEdits,
  shippedStopWords,
  stopKeys,
  stopSet,
} from './stop-words';

describe('shipped stop lists', () => {
  it('hold the common Persian and English function words, keyed as the search keys them', () => {
    const { fa, en } = shippedStopWords();
    for (const w of ['از', 'به', 'که', 'این', 'است', 'را']) expect(fa).toContain(w);
    for (const w of ['the', 'and', 'of', 'i']) expect(en).toContain(w);
    // Content words a researcher counts stay off the English list.
    for (const w of ['research', 'work', 'family']) expect(en).not.toContain(w);
  });

  it('keep no Arabic ي/ك, no half-space, no punctuation', () => {
    const { fa } = shippedStopWords();
    expect(fa.some((w) => /[يك\u200c\s]/.test(w))).toBe(false);
    expect(fa.every((w) => /\p{L}/u.test(w))).toBe(true);
  });
});

describe('stopKeys', () => {
  it('splits entries run together and drops punctuation', () => {
    expect(stopKeys(['تر  براساس', '،', 'مي\u200cشود'])).toEqual(['براساس', 'تر', 'میشود']);
  });
});

describe('edits', () => {
  it('add a word (any spelling) and remove a shipped one', () => {
    let edits = addStopWord(NO_EDITS, 'مصاحبه‌كننده');
    edits = removeStopWord(edits, 'the');
    expect(edits).toEqual({ added: ['مصاحبهکننده'], removed: ['the'] });
    const set = stopSet(edits);
    expect(set.has('مصاحبهکننده')).toBe(true);
    expect(set.has('the')).toBe(false);
    expect(set.has('and')).toBe(true);
  });

  it('undo each other', () => {
    const added = addStopWord(NO_EDITS, 'yeah');
    expect(removeStopWord(added, 'yeah')).toEqual(NO_EDITS);
    const removed = removeStopWord(NO_EDITS, 'and');
    expect(addStopWord(removed, 'and')).toEqual(NO_EDITS);
  });

  it('survive storage, and a malformed stored value counts as none', () => {
    const edits = { added: ['x'], removed: ['the'] };
    expect(parseStopListEdits(serializeStopListEdits(edits))).toEqual(edits);
    expect(parseStopListEdits('{not json')).toEqual(NO_EDITS);
    expect(parseStopListEdits(42)).toEqual(NO_EDITS);
    expect(parseStopListEdits('{"added": [1, "y"]}')).toEqual({ added: ['y'], removed: [] });
  });
});
