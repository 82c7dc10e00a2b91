import { describe, expect, it } from 'vitest';
import {
  offsetInTextNodes,
  pointOffset,
  selectionToRange,
  trimRange,
  type SelectionPoint,
} from './selection-offsets';

const text = 'اول: من می\u200cخواهم بروم.\nSecond line 👍🏽 here';
const p1 = { paraStart: 0, paraEnd: 22 };
const p2 = { paraStart: 23, paraEnd: text.length };
const at = (p: { paraStart: number; paraEnd: number }, offset: number): SelectionPoint => ({
  kind: 'text',
  ...p,
  offset,
});

describe('offsetInTextNodes', () => {
  it('sums the text nodes before the point (highlight spans split a paragraph)', () => {
    // "اول: " | "من می‌خواهم" (inside a <mark>) | " بروم."
    const lengths = [5, 11, 6];
    expect(offsetInTextNodes(lengths, 0, 3)).toBe(3);
    expect(offsetInTextNodes(lengths, 1, 0)).toBe(5);
    expect(offsetInTextNodes(lengths, 2, 2)).toBe(18);
    expect(offsetInTextNodes(lengths, 2, 99)).toBe(22); // clamped to its node
  });
});

describe('pointOffset', () => {
  it('clamps text points to their paragraph and maps margins to paragraph ends', () => {
    expect(pointOffset(at(p2, 5))).toBe(28);
    expect(pointOffset(at(p1, 500))).toBe(22);
    expect(pointOffset({ kind: 'before', paraStart: 23 })).toBe(23);
    expect(pointOffset({ kind: 'after', paraEnd: 22 })).toBe(22);
    expect(pointOffset({ kind: 'outside' })).toBeNull();
  });
});

describe('trimRange', () => {
  it('drops white space, newlines and half-spaces at the ends only', () => {
    const t = ' \u200cمی\u200cخواهم \n';
    expect(trimRange(t, 0, t.length)).toEqual({ start: 2, end: 10 });
    expect(t.slice(2, 10)).toBe('می\u200cخواهم');
    expect(trimRange('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});

describe('selectionToRange', () => {
  it('orders a backwards selection and spans paragraphs', () => {
    expect(selectionToRange(text, at(p2, 6), at(p1, 5))).toEqual({ start: 5, end: 29 });
  });

  it('trims the trailing newline of a triple-click selection', () => {
    const r = selectionToRange(text, at(p1, 0), { kind: 'before', paraStart: 23 });
    expect(r).toEqual({ start: 0, end: 22 });
    expect(text.slice(0, 22)).toBe('اول: من می\u200cخواهم بروم.');
  });

  it('never splits an emoji with its skin-tone modifier', () => {
    const thumb = text.indexOf('👍');
    // Focus lands between the thumb's surrogates; the range widens to the whole cluster.
    const r = selectionToRange(text, at(p2, thumb - 23 - 5), at(p2, thumb - 23 + 1));
    expect(r).not.toBeNull();
    expect(text.slice(r?.start, r?.end)).toBe('line 👍🏽');
  });

  it('is null for empty, blank or outside selections', () => {
    expect(selectionToRange(text, at(p1, 4), at(p1, 4))).toBeNull();
    expect(selectionToRange(text, at(p1, 4), at(p1, 5))).toBeNull(); // only a space
    expect(selectionToRange(text, at(p1, 0), { kind: 'outside' })).toBeNull();
  });
});
