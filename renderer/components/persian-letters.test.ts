import { describe, expect, it } from 'vitest';
import { persianLetterSuggestion } from './persian-letters';

describe('persianLetterSuggestion', () => {
  it('offers Persian ی and ک for Arabic ي, ى and ك', () => {
    // "\u0643\u0627\u0631\u064a" is كاري (Arabic Kaf and Yeh); Persian: کاری (U+06A9, U+06CC).
    expect(persianLetterSuggestion('\u0643\u0627\u0631\u064a')).toBe('\u06a9\u0627\u0631\u06cc');
    expect(persianLetterSuggestion('\u0645\u0648\u0633\u0649')).toBe('\u0645\u0648\u0633\u06cc');
  });

  it('offers base letters for presentation forms', () => {
    // U+FEE3 MEEM initial, U+FEEE WAW final, U+FEAD REH isolated → م و ر.
    expect(persianLetterSuggestion('\ufee3\ufeee\ufead')).toBe('\u0645\u0648\u0631');
    // U+FEDB KAF initial is Arabic Kaf: offered as Persian ک too.
    expect(persianLetterSuggestion('\ufedb\u0627\u0631')).toBe('\u06a9\u0627\u0631');
    // U+FBFE FARSI YEH initial (Arabic Presentation Forms-A) → ی.
    expect(persianLetterSuggestion('\ufbfe')).toBe('\u06cc');
  });

  it('offers nothing for a name already in Persian letters or in Latin', () => {
    expect(persianLetterSuggestion('\u06a9\u0627\u0631\u06cc')).toBeNull();
    expect(persianLetterSuggestion('Trust')).toBeNull();
    // ZWNJ (U+200C) belongs in Persian names and stays.
    expect(persianLetterSuggestion('\u0645\u06cc\u200c\u0631\u0648\u0645')).toBeNull();
  });

  it('keeps the rest of a mixed name as typed', () => {
    expect(persianLetterSuggestion('NGO \u064a')).toBe('NGO \u06cc');
  });
});
