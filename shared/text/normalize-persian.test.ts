import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePersianName, normalizeWithMap } from './normalize-persian';

const Z = '\u200c';

describe('normalizeWithMap', () => {
  it('makes Arabic letters Persian, folds presentation forms, drops tatweel and harakat', () => {
    expect(normalizeWithMap('علي كتاب').text).toBe('علی کتاب');
    expect(normalizeWithMap('ﺍﺳ\ufefbﻣﯽ').text).toBe('اسلامی');
    expect(normalizeWithMap('مـــهم').text).toBe('مهم');
    expect(normalizeWithMap('مُحَمَّد اساساً').text).toBe('محمد اساسا');
  });

  it('repairs half-spaces: doubled, at word edges, next to spaces', () => {
    expect(normalizeWithMap(`می${Z}${Z}شود`).text).toBe(`می${Z}شود`);
    expect(normalizeWithMap(`${Z}کتاب${Z} و ${Z}دفتر`).text).toBe('کتاب و دفتر');
    expect(normalizeWithMap(`کتاب ${Z}ها`).text).toBe('کتاب ها');
    expect(normalizeWithMap(`کتاب${Z}ها`)).toMatchObject({ text: `کتاب${Z}ها`, changed: false });
  });

  it('moves a coding before, over and after every changed character', () => {
    const text = 'الف علي مـهم بَد ب‌‌ج كو';
    const n = normalizeWithMap(text);
    for (let s = 0; s <= text.length; s++) {
      for (let e = s; e <= text.length; e++) {
        const near = (k: number): boolean => text[k - 1] === Z || text[k] === Z;
        if (near(s) || near(e)) continue;
        expect(n.text.slice(n.map(s), n.map(e))).toBe(normalizeWithMap(text.slice(s, e)).text);
      }
    }
  });

  it('property: a passage remapped reads as the passage normalized', () => {
    const alphabet = fc.constantFrom(
      'ا',
      'ب',
      'ي',
      'ك',
      'ی',
      'ـ',
      'َ',
      'ً',
      'ﻻ',
      'ﺏ',
      ' ',
      Z,
      'a',
      '.',
      '\ufeff',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const s = Math.min(a, b) % (text.length + 1);
        const e = Math.max(s, Math.max(a, b) % (text.length + 1));
        // A half-space's fate depends on its neighbours: passages are not cut next to one.
        // Dropped marks (tatweel, harakat, BOM) vanish, so a cut behind them is still next to it.
        const dropped = {
          test: (ch: string): boolean => {
            const c = ch.charCodeAt(0);
            return c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0xfeff;
          },
        };
        const near = (k: number): boolean => {
          let l = k - 1;
          while (l >= 0 && dropped.test(text[l] ?? '')) l--;
          let r = k;
          while (r < text.length && dropped.test(text[r] ?? '')) r++;
          return text[l] === Z || text[r] === Z;
        };
        fc.pre(!near(s) && !near(e));
        const n = normalizeWithMap(text);
        expect(n.text.slice(n.map(s), n.map(e))).toBe(normalizeWithMap(text.slice(s, e)).text);
        expect(n.map(0)).toBe(0);
        expect(n.map(text.length)).toBe(n.text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizePersianName', () => {
  it('normalizes a code name', () => {
    expect(normalizePersianName(`  همكاري${Z} اقتصادي `)).toBe('همکاری اقتصادی');
  });
});
