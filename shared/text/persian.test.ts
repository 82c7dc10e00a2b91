import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  looksRightToLeft,
  normalizeArabicLetters,
  normalizeForSearch,
  toLatinDigits,
  toPersianDigits,
  ZWNJ,
} from './persian';

describe('digits', () => {
  it('writes Persian digits and reads Persian and Arabic-Indic digits back', () => {
    expect(toPersianDigits(1403)).toBe('۱۴۰۳');
    expect(toPersianDigits('P01, 1400')).toBe('P۰۱, ۱۴۰۰');
    expect(toLatinDigits('۱۴۰۳ / ١٤٠٠ / 12')).toBe('1403 / 1400 / 12');
  });

  it('round-trips any number (property)', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(toLatinDigits(toPersianDigits(n))).toBe(String(n));
      }),
    );
  });
});

describe('Arabic letter forms', () => {
  it('maps ي ى ك ۀ to the Persian letters', () => {
    expect(normalizeArabicLetters('علي كتاب مصطفى خانۀ')).toBe('علی کتاب مصطفی خانهٔ');
  });
});

describe('normalizeForSearch', () => {
  it('sees through ي/ك, digits, ZWNJ, kashida, no-break space and case', () => {
    expect(normalizeForSearch(`كتاب${ZWNJ}هاي ۱۴۰۳ ١٢ بـــزرگ\u00a0Tabriz`)).toBe(
      'کتاب های 1403 12 بـــزرگ Tabriz'.replace(/ـ/g, ' ').toLowerCase(),
    );
  });

  it('keeps characters whose lower case would change the length', () => {
    expect(normalizeForSearch('İstanbul')).toBe('İstanbul');
  });

  const persianish = fc
    .array(
      fc.oneof(
        fc.constantFrom('ي', 'ى', 'ك', 'ۀ', ZWNJ, '\u0640', '۱', '٢', 'İ', 'ẞ', 'Σ', '👩‍👩‍👧', 'بِ'),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
      { maxLength: 20 },
    )
    .map((p) => p.join(''));

  it('keeps the UTF-16 length, so hit offsets are offsets into the original (property)', () => {
    fc.assert(
      fc.property(persianish, (s) => {
        expect(normalizeForSearch(s).length).toBe(s.length);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent and agrees with normalizeArabicLetters on ي/ك (property)', () => {
    fc.assert(
      fc.property(persianish, (s) => {
        const once = normalizeForSearch(s);
        expect(normalizeForSearch(once)).toBe(once);
        expect(once).not.toMatch(/[يىك]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('looksRightToLeft', () => {
  it('follows the majority of letters', () => {
    expect(looksRightToLeft('مصاحبه با کارشناس، Tabriz')).toBe(true);
    expect(looksRightToLeft('Interview in Tabriz، ۱۴۰۳')).toBe(false);
    expect(looksRightToLeft('שלום')).toBe(true);
  });

  it('does not count Persian digits as right-to-left letters', () => {
    expect(looksRightToLeft('۱۴۰۳ — ۱۲')).toBe(false);
    expect(looksRightToLeft('۱۴۰۳ ab')).toBe(false);
  });
});
