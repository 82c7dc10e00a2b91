import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import {
  compactText,
  indexText,
  indexTextWhole,
  originalCharCode,
  originalSlice,
  originalText,
} from './indexed-text';

const id = asId<'DocumentId'>('d');

describe('indexText', () => {
  it('keeps only the units that differ from the key', () => {
    const text = 'می‌خواهم ۱۴۰۳ كتاب Ab';
    const doc = indexText(id, text);
    // ZWNJ, four Persian digits, Arabic ك, capital A.
    expect(doc.diffAt.length).toBe(7);
    expect(originalText(doc)).toBe(text);
    expect(originalSlice(doc, 2, 8)).toBe(text.slice(2, 8));
    expect(String.fromCharCode(originalCharCode(doc, 2))).toBe('\u200c');
  });

  it('rebuilds any slice of any text', () => {
    const alphabet = fc.constantFrom(
      'a',
      'B',
      'ي',
      'ی',
      'ك',
      '۱',
      '٣',
      '\u200c',
      '\u0640',
      ' ',
      '😀',
      'İ',
      '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.nat(50), fc.nat(50), (parts, x, y) => {
        const text = parts.join('');
        const doc = indexText(id, text);
        expect(doc.key.length).toBe(text.length);
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(originalSlice(doc, a, b)).toBe(text.slice(a, Math.min(b, text.length)));
      }),
    );
  });

  it('ignores a stored key of the wrong length', () => {
    const doc = indexText(id, 'كتاب', 'x');
    expect(doc.key).toBe('کتاب');
  });
});

describe('indexTextWhole / compactText', () => {
  it('answers like the compact form, and compacts to exactly it', () => {
    const text = 'می‌خواهم ۱۴۰۳ كتاب Ab';
    const whole = indexTextWhole(id, text);
    const compact = indexText(id, text);
    expect(whole.key).toBe(compact.key);
    expect(originalText(whole)).toBe(text);
    expect(originalSlice(whole, 2, 8)).toBe(originalSlice(compact, 2, 8));
    expect(originalCharCode(whole, 2)).toBe(originalCharCode(compact, 2));
    expect(compactText(whole)).toEqual(compact);
    expect(compactText(compact)).toBe(compact);
  });
});
