// What offsets.test.ts leaves out: text that is not well-formed UTF-16 (lone surrogates, as a
// damaged file or a cut-off paste leaves them) and offsets outside the text (as a damaged
// backup or a foreign .qdpx carries them). Built-in string iteration is the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePointToUtf16,
  codePointToUtf16Many,
  utf16ToCodePoint,
  utf16ToCodePointMany,
} from './offsets';

/** Any UTF-16 text, lone surrogates included, with the awkward pieces Persian text carries. */
const unit = fc.oneof(
  fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\u200c', '\u200d', '\u0301', '\u064b'),
  fc.constantFrom('😀', '👩‍👩‍👧', '🇮🇷', 'می‌خواهم', 'بِ', 'e\u0301', 'a', '\n'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const anyText = fc.array(unit, { maxLength: 24 }).map((parts) => parts.join(''));

/** Offsets in and around the text: negative, past the end, on and inside surrogate pairs. */
const textAndOffsets = anyText.chain((s) =>
  fc.tuple(fc.constant(s), fc.array(fc.integer({ min: -3, max: s.length + 3 }), { maxLength: 12 })),
);

function insidePair(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  const cur = s.charCodeAt(i);
  return prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff;
}

describe('offsets on any UTF-16 text (property)', () => {
  it('counts code points exactly as string iteration does', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(codePointLength(s)).toBe([...s].length);
        for (let i = 0; i <= s.length; i++) {
          if (!insidePair(s, i)) expect(utf16ToCodePoint(s, i)).toBe([...s.slice(0, i)].length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the one-pass versions agree with the single ones, offsets out of range included', () => {
    fc.assert(
      fc.property(textAndOffsets, ([s, offsets]) => {
        expect(utf16ToCodePointMany(s, offsets)).toEqual(
          offsets.map((o) => utf16ToCodePoint(s, o)),
        );
        expect(codePointToUtf16Many(s, offsets)).toEqual(
          offsets.map((o) => codePointToUtf16(s, o)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('clamps into the text, never lands inside a surrogate pair, and round-trips', () => {
    fc.assert(
      fc.property(textAndOffsets, ([s, offsets]) => {
        const length = codePointLength(s);
        for (const o of offsets) {
          const cp = utf16ToCodePoint(s, o);
          expect(cp).toBeGreaterThanOrEqual(0);
          expect(cp).toBeLessThanOrEqual(length);
          const back = codePointToUtf16(s, o);
          expect(back).toBeGreaterThanOrEqual(0);
          expect(back).toBeLessThanOrEqual(s.length);
          expect(insidePair(s, back)).toBe(false);
          expect(codePointToUtf16(s, utf16ToCodePoint(s, back))).toBe(back);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone: a later UTF-16 offset never maps to an earlier code point', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const all = Array.from({ length: s.length + 1 }, (_, i) => i);
        const cps = utf16ToCodePointMany(s, all);
        for (let i = 1; i < cps.length; i++) {
          expect((cps[i] ?? 0) - (cps[i - 1] ?? 0)).toBeGreaterThanOrEqual(0);
          expect((cps[i] ?? 0) - (cps[i - 1] ?? 0)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
