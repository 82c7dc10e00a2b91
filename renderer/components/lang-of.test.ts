import { describe, expect, it } from 'vitest';
import { langAttr, langOf } from './lang-of';

describe('langOf', () => {
  it('tells Persian from English', () => {
    expect(langOf('مشارکت مردمی')).toBe('fa');
    expect(langOf('Trust in institutions')).toBe('en');
  });

  it('goes by most letters in mixed text', () => {
    expect(langOf('واژهٔ NGO در متن فارسی')).toBe('fa');
    expect(langOf('The word اعتماد in an English sentence')).toBe('en');
  });

  it('reads presentation forms as Persian script', () => {
    // U+FEE3 U+FEEE U+FEAD: "مور" in presentation forms, as some PDF copies give it.
    expect(langOf('\ufee3\ufeee\ufead')).toBe('fa');
  });

  it('says nothing about digits and punctuation alone', () => {
    expect(langOf('۱۴۰۳ - 2024 (٪)')).toBeNull();
    expect(langOf('')).toBeNull();
  });
});

describe('langAttr', () => {
  it('marks only content in the other language', () => {
    expect(langAttr('اعتماد', 'en')).toBe('fa');
    expect(langAttr('اعتماد', 'fa')).toBeUndefined();
    expect(langAttr('Trust', 'fa')).toBe('en');
    expect(langAttr('Trust', 'en')).toBeUndefined();
    expect(langAttr('42', 'en')).toBeUndefined();
  });
});
