import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePointToUtf16,
  codePointToUtf16Many,
  graphemeBoundaries,
  snapToGraphemes,
  utf16ToCodePoint,
  utf16ToCodePointMany,
} from './offsets';

const FAMILY = '👩‍👩‍👧';
const FLAG_IRAN = '🇮🇷';
const WANT = 'می‌خواهم'; // with a ZWNJ half-space
const E_ACUTE = 'e\u0301';
const BE_KASRA = 'بِ';

/** Text made of the awkward pieces: emoji sequences, flags, ZWNJ, combining marks, long clusters. */
const piece = fc.oneof(
  fc.constantFrom(FAMILY, FLAG_IRAN, WANT, E_ACUTE, BE_KASRA, '😀', 'a', ' ', '\n', '\r\n', 'سلام'),
  fc.constantFrom(`e${'\u0301'.repeat(40)}`, FLAG_IRAN.repeat(19), `x${'\u200d👩'.repeat(12)}`),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

function isCodePointBoundary(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  const cur = s.charCodeAt(i);
  return !(prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff);
}

describe('UTF-16 ↔ code points', () => {
  it('counts emoji sequences, flags and ZWNJ by code point', () => {
    expect([FAMILY.length, codePointLength(FAMILY)]).toEqual([8, 5]);
    expect([FLAG_IRAN.length, codePointLength(FLAG_IRAN)]).toEqual([4, 2]);
    expect([WANT.length, codePointLength(WANT)]).toEqual([8, 8]);
    const s = `a${FAMILY}b`;
    expect(utf16ToCodePoint(s, s.length - 1)).toBe(6);
    expect(codePointToUtf16(s, 6)).toBe(9);
    expect(codePointToUtf16(s, 99)).toBe(s.length);
  });

  it('round-trips at every code-point boundary (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (let i = 0; i <= s.length; i++) {
          if (!isCodePointBoundary(s, i)) continue;
          expect(codePointToUtf16(s, utf16ToCodePoint(s, i))).toBe(i);
        }
        for (let cp = 0; cp <= codePointLength(s); cp++) {
          expect(utf16ToCodePoint(s, codePointToUtf16(s, cp))).toBe(cp);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('converts many offsets at once exactly like one at a time, in any order (property)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), (s, raw) => {
        const offsets = raw.map((r) => r % (s.length + 1));
        expect(utf16ToCodePointMany(s, offsets)).toEqual(
          offsets.map((o) => utf16ToCodePoint(s, o)),
        );
        const cps = raw.map((r) => r % (codePointLength(s) + 1));
        expect(codePointToUtf16Many(s, cps)).toEqual(cps.map((c) => codePointToUtf16(s, c)));
      }),
      { numRuns: 200 },
    );
  });

  it('counts a lone surrogate as one code point and keeps it', () => {
    const s = 'a\ud800b\udc00';
    expect(codePointLength(s)).toBe(4);
    expect(codePointToUtf16(s, 2)).toBe(2);
  });
});

describe('snapToGraphemes', () => {
  it('widens a selection to whole emoji, flags and letters with their marks', () => {
    const s = `x${FAMILY}y`;
    expect(snapToGraphemes(s, 3, 4)).toEqual({ start: 1, end: 9 });
    expect(snapToGraphemes(`${FLAG_IRAN}!`, 2, 2)).toEqual({ start: 0, end: 4 });
    expect(snapToGraphemes(E_ACUTE, 1, 1)).toEqual({ start: 0, end: 2 });
    expect(snapToGraphemes(`${BE_KASRA}ه`, 1, 3)).toEqual({ start: 0, end: 3 });
    // The ZWNJ of می‌خواهم belongs to the ی before it; it is never left behind.
    expect(snapToGraphemes(WANT, 1, 3)).toEqual({ start: 1, end: 3 });
    expect(snapToGraphemes(WANT, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(snapToGraphemes('abc', 2, 1)).toEqual({ start: 1, end: 2 });
  });

  it('does not split clusters longer than its 32-unit look-around window', () => {
    const marks = `a${E_ACUTE}${'\u0301'.repeat(50)}b`;
    expect(snapToGraphemes(marks, 40, 41)).toEqual({ start: 1, end: 53 });
    // Regional indicators pair from the start of the run: the 11th flag starts at 1 + 40.
    const flags = `x${FLAG_IRAN.repeat(20)}y`;
    expect(snapToGraphemes(flags, 43, 45)).toEqual({ start: 41, end: 45 });
  });

  it('always lands on grapheme boundaries around the selection (property)', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const start = a % (s.length + 1);
        const end = b % (s.length + 1);
        const snapped = snapToGraphemes(s, start, end);
        const all = new Set(graphemeBoundaries(s));
        expect(all.has(snapped.start)).toBe(true);
        expect(all.has(snapped.end)).toBe(true);
        expect(snapped.start).toBeLessThanOrEqual(Math.min(start, end));
        expect(snapped.end).toBeGreaterThanOrEqual(Math.max(start, end));
        // Never inside a surrogate pair, never before a combining mark.
        for (const at of [snapped.start, snapped.end]) {
          expect(isCodePointBoundary(s, at)).toBe(true);
          expect(/^\p{M}/u.test(s.slice(at))).toBe(false);
        }
        expect(snapToGraphemes(s, snapped.start, snapped.end)).toEqual(snapped);
      }),
      { numRuns: 400 },
    );
  });
});
