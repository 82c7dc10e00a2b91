import { describe, expect, it } from 'vitest';
import {
  countWords,
  paragraphIndexAt,
  paragraphSpan,
  splitParagraphs,
  paragraphDirection,
} from './paragraphs';

describe('splitParagraphs', () => {
  it('keeps the offsets of each non-empty line in the whole text', () => {
    const text = 'سلام دنیا\n\nدومین بند\n   \nlast';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['سلام دنیا', 'دومین بند', 'last']);
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(ps[1]).toEqual({ index: 1, start: 11, end: 20 });
  });

  it('handles an empty text, a trailing newline and a text without newlines', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('a\n')).toEqual([{ index: 0, start: 0, end: 1 }]);
    expect(splitParagraphs('abc')).toEqual([{ index: 0, start: 0, end: 3 }]);
  });
});

describe('paragraphIndexAt and paragraphSpan', () => {
  const text = 'one\n\ntwo two\nthree';
  const ps = splitParagraphs(text); // [0,3) [5,12) [13,18)

  it('finds the paragraph of an offset, or the next one in a gap', () => {
    expect(paragraphIndexAt(ps, 0)).toBe(0);
    expect(paragraphIndexAt(ps, 2)).toBe(0);
    expect(paragraphIndexAt(ps, 3)).toBe(1); // on the '\n'
    expect(paragraphIndexAt(ps, 4)).toBe(1); // blank line
    expect(paragraphIndexAt(ps, 17)).toBe(2);
    expect(paragraphIndexAt(ps, 18)).toBe(3);
  });

  it('gives the paragraphs a range touches', () => {
    expect(paragraphSpan(ps, 1, 3)).toEqual({ first: 0, last: 0 });
    expect(paragraphSpan(ps, 1, 6)).toEqual({ first: 0, last: 1 });
    expect(paragraphSpan(ps, 2, 13)).toEqual({ first: 0, last: 1 });
    expect(paragraphSpan(ps, 2, 14)).toEqual({ first: 0, last: 2 });
    expect(paragraphSpan(ps, 3, 5)).toBeNull();
  });
});

describe('countWords', () => {
  it('counts a ZWNJ-joined Persian word once', () => {
    expect(countWords('می\u200cخواهم  به خانه بروم\nok')).toBe(5);
    expect(countWords('   ')).toBe(0);
  });
});

describe('paragraphDirection', () => {
  it('lays a Persian paragraph out right to left inside a left-to-right document, and the reverse', () => {
    expect(paragraphDirection('پاسخ‌دهنده: همکاری اقتصادی پایهٔ اعتماد است.', 'ltr')).toBe('rtl');
    expect(paragraphDirection('Interviewer: how did trade change?', 'rtl')).toBe('ltr');
  });

  it('lets the majority decide, not the first letter', () => {
    expect(paragraphDirection('OK, همکاری اقتصادی پایهٔ اعتماد متقابل است', 'ltr')).toBe('rtl');
  });

  it("keeps the document's direction for mixed or letterless paragraphs", () => {
    expect(paragraphDirection('[00:12:31] ۱۴۰۳', 'rtl')).toBe('rtl');
    expect(paragraphDirection('trade تجارت border مرز', 'ltr')).toBe('ltr');
    expect(paragraphDirection('', 'auto')).toBe('auto');
  });
});
