import { describe, expect, it } from 'vitest';
import { countWords } from './paragraphs';
import { charsPerWord, estimateWords, FALLBACK_CHARS_PER_WORD } from './word-estimate';

describe('word estimates', () => {
  it('uses the ratio of the documents already counted', () => {
    const texts = [
      'مصاحبه‌گر: نقش همکاری اقتصادی را چگونه می‌بینید؟',
      'Trust matters more than tariffs.',
    ];
    const samples = texts.map((t) => ({ length: t.length, words: countWords(t) }));
    const ratio = charsPerWord(samples);
    const total = texts.join('').length;
    const words = samples.reduce((a, s) => a + s.words, 0);
    expect(ratio).toBeCloseTo(total / words, 10);
    // An unread text of the same kind is estimated close to its real count.
    const unread = 'پاسخ‌دهنده: امنیت مرزی برای هر دو طرف اهمیت دارد';
    const est = estimateWords(unread.length, ratio);
    expect(Math.abs(est - countWords(unread))).toBeLessThanOrEqual(2);
  });

  it('falls back before anything is counted, and never estimates words in an empty text', () => {
    expect(charsPerWord([])).toBe(FALLBACK_CHARS_PER_WORD);
    expect(charsPerWord([{ length: 10, words: 0 }])).toBe(FALLBACK_CHARS_PER_WORD);
    expect(estimateWords(0, 5)).toBe(0);
    expect(estimateWords(2, 5)).toBe(1);
    expect(estimateWords(600, 6)).toBe(100);
  });
});
