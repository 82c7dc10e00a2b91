import { describe, expect, it } from 'vitest';
import { normalizeDocument, totalChanges } from './normalize-document';

const Z = '\u200c';

// One of every kind of change: Arabic ي and ك, a lam-alef presentation form (one unit → two),
// tatweel, a fatha and a tanwin, a doubled half-space and one at a word's edge, a BOM.
const TEXT = `علي كتاب ﻻ مـــهم بَد اساساً می${Z}${Z}شود ${Z}دفتر x\ufeffy`;
// Written out by hand from the rules above.
const EXPECTED = `علی کتاب لا مهم بد اساسا می${Z}شود دفتر xy`;

/** The passage's text with every normalization applied and half-spaces left out. */
const fold = (s: string): string => normalizeDocument(s, []).text.replace(/\u200c/g, '');

describe('normalizeDocument', () => {
  it('normalizes the text and counts each kind of change', () => {
    const n = normalizeDocument(TEXT, []);
    expect(n.text).toBe(EXPECTED);
    expect(n.changed).toBe(true);
    expect(n.counts).toEqual({
      arabicLetters: 2,
      presentationForms: 1,
      tatweel: 3,
      harakat: 2,
      halfSpaces: 2,
      other: 1,
    });
    expect(totalChanges(n.counts)).toBe(11);
  });

  it('leaves a clean text and its codings as they are', () => {
    const clean = `کتاب${Z}ها و دفتر`;
    const n = normalizeDocument(clean, [{ start: 0, end: 8 }]);
    expect(n).toMatchObject({ text: clean, changed: false, moved: [] });
    expect(n.spans).toEqual([{ start: 0, end: 8 }]);
  });

  it('keeps every coded passage’s text, for codings before, over and after every change', () => {
    const spans: { start: number; end: number; id: string }[] = [];
    for (let s = 0; s < TEXT.length; s++)
      for (let e = s + 1; e <= TEXT.length; e++) spans.push({ start: s, end: e, id: `${s}-${e}` });
    const n = normalizeDocument(TEXT, spans);
    expect(n.spans).toHaveLength(spans.length);
    n.spans.forEach((after, i) => {
      const before = spans[i] as (typeof spans)[number];
      expect(after.id).toBe(before.id);
      expect(after.start).toBeGreaterThanOrEqual(0);
      expect(after.end).toBeLessThanOrEqual(n.text.length);
      expect(after.end).toBeGreaterThan(after.start);
      const was = fold(TEXT.slice(before.start, before.end));
      // A passage of removed units only (a lone tatweel) keeps the one unit after it.
      if (was === '') expect(after.end - after.start).toBe(1);
      else expect(fold(n.text.slice(after.start, after.end))).toBe(was);
    });
  });

  it('moves the codings after a removed unit and reports only those that moved', () => {
    // «مـــهم» at 11..17 loses 3 tatweels; «بَد» after it moves back 3, then loses its fatha.
    const n = normalizeDocument(TEXT, [
      { start: 0, end: 3 },
      { start: 11, end: 17 },
      { start: 18, end: 21 },
    ]);
    expect(n.spans).toEqual([
      { start: 0, end: 3 },
      { start: 12, end: 15 },
      { start: 16, end: 18 },
    ]);
    expect(n.text.slice(12, 15)).toBe('مهم');
    expect(n.text.slice(16, 18)).toBe('بد');
    expect(n.moved.map((m) => m.before.start)).toEqual([11, 18]);
  });
});
