import { describe, expect, it } from 'vitest';
import { foldPresentationForms, repairLamAlef } from './presentation-forms';

describe('foldPresentationForms', () => {
  it('gives lam then alef for every lam-alef ligature, in logical order', () => {
    for (const lig of [
      '\ufefb',
      '\ufefc',
      '\ufef5',
      '\ufef6',
      '\ufef7',
      '\ufef8',
      '\ufef9',
      '\ufefa',
    ]) {
      const out = foldPresentationForms(lig);
      expect(out.startsWith('ل')).toBe(true);
      expect(out.length).toBe(2);
    }
    expect(foldPresentationForms('ﺍﺳ\ufefbﻣﯽ')).toBe('اسلامی');
  });

  it('folds joined forms to letters and keeps everything else', () => {
    expect(foldPresentationForms('ﭘﮋﻭﻫﺶ')).toBe('پژوهش');
    // Fullwidth and superscript characters are outside the range: NFKC would change them, we do not.
    expect(foldPresentationForms('ＡＢ² x\u200cy')).toBe('ＡＢ² x\u200cy');
    expect(foldPresentationForms('a\ufeffb')).toBe('ab');
  });
});

describe('repairLamAlef', () => {
  it('swaps the pair an office suite wrote as alef-lam, once the text shows the bug', () => {
    expect(repairLamAlef('اطالعات جمهوری اسالمی ایران')).toBe('اطلاعات جمهوری اسلامی ایران');
    // Alone, "اسالمی" reads as a word too (اسالم + ی): no sign of the bug, nothing changed.
    expect(repairLamAlef('جمهوری اسالمی ایران')).toBe('جمهوری اسالمی ایران');
  });

  it('changes nothing in the clean seeds', async () => {
    const seeds = import.meta.glob<string>('../../fixtures/seeds/00[03]_*.txt', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    for (const text of Object.values(seeds)) expect(repairLamAlef(text)).toBe(text);
  });

  it('keeps known words and word-initial alef-lam', () => {
    expect(repairLamAlef('الگوی بین‌المللی و مسائل')).toBe('الگوی بین‌المللی و مسائل');
    expect(repairLamAlef('احتمال انتقال')).toBe('احتمال انتقال');
  });
});
