import { describe, expect, it } from 'vitest';
import { inferZwnj } from './joining';
import { foldPresentationForms } from './presentation-forms';

const read = (glyphs: string): string => foldPresentationForms(inferZwnj(glyphs));

describe('inferZwnj', () => {
  it('puts the half-space back where a both-sides letter ends a part of a word', () => {
    // پژوهش‌ها: ﭘ ﮋ ﻭ ﻫ ﺶ (final) + ﻫ (initial) ﺎ
    expect(read('ﭘﮋﻭﻫﺶﻫﺎ')).toBe('پژوهش\u200cها');
    // می‌کند: ﻣ ﯽ (final) + ﮐ (initial) ﻨ ﺪ
    expect(read('ﻣﯽﮐﻨﺪ')).toBe('می\u200cکند');
  });

  it('adds nothing inside joined words, after right-joining letters, or between words', () => {
    expect(read('ﭘﮋﻭﻫﺶ')).toBe('پژوهش'); // و never joins the next letter: no half-space after it
    expect(read('ﺩﺭ ﺍﯾﻦ')).toBe('در این');
    expect(read('ﺍﺳﻼﻣﯽ')).toBe('اسلامی');
  });
});
