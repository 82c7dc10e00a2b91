import { describe, expect, it } from 'vitest';
import { BROKEN_PERSIAN_THRESHOLD, detectBrokenPersian } from './broken-persian';
import { CLEAN_PERSIAN, toVisualOrder } from './broken-persian-test-builders';

// Every file of fixtures/seeds/, so a seed added later gets a verdict too (the table below fails).
const SEEDS = import.meta.glob<string>('../../fixtures/seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const seed = (prefix: string): string => {
  const name = Object.keys(SEEDS).find((f) => f.includes(`/seeds/${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}`);
  return SEEDS[name] ?? '';
};

describe('detectBrokenPersian on the seeds', () => {
  it('has a verdict below for every seed file', () => {
    expect(Object.keys(SEEDS).map((f) => f.replace(/^.*\/seeds\/(\d+)_.*$/, '$1'))).toEqual([
      '000',
      '002',
      '003',
      '004',
    ]);
  });

  it.each([
    ['000', false],
    ['002', true],
    ['003', false],
    ['004', true],
  ])('seed %s: reversed = %s', (prefix, expected) => {
    const v = detectBrokenPersian(seed(prefix));
    expect(v.reversed).toBe(expected);
    // The margin matters, not only the side: clean seeds sit far below, broken ones well above.
    if (expected) expect(v.score).toBeGreaterThan(2 * BROKEN_PERSIAN_THRESHOLD);
    else expect(v.score).toBeLessThan(BROKEN_PERSIAN_THRESHOLD / 4);
  });

  it('gives evidence with line numbers and kinds for a broken seed', () => {
    const v = detectBrokenPersian(seed('004'));
    expect(v.evidence.persianWords).toBeGreaterThan(5000);
    expect(v.evidence.counts['suffix-first']).toBeGreaterThan(5);
    expect(v.evidence.counts['punctuation-first']).toBeGreaterThan(5);
    expect(v.evidence.examples.length).toBeGreaterThan(0);
    expect(v.evidence.reversedLines.length).toBeGreaterThan(20);
  });
});

describe('detectBrokenPersian on texts made here', () => {
  it('calls clean English, and an empty text, not broken', () => {
    const english = 'The relationship between the two countries has grown closer. '.repeat(200);
    expect(detectBrokenPersian(english)).toMatchObject({ reversed: false, score: 0 });
    expect(detectBrokenPersian('').reversed).toBe(false);
  });

  it('calls clean Persian not broken and its visual-order copy broken', () => {
    const clean = detectBrokenPersian(CLEAN_PERSIAN);
    expect(clean.reversed).toBe(false);
    expect(clean.evidence.signs).toBe(0);
    const broken = detectBrokenPersian(toVisualOrder(CLEAN_PERSIAN));
    expect(broken.reversed).toBe(true);
    expect(broken.evidence.reversedLines).toEqual([0, 1, 2, 3, 4]);
  });

  it('needs enough Persian words for a verdict', () => {
    const short = toVisualOrder('پیچیده‌تر شده است.');
    const v = detectBrokenPersian(short);
    expect(v.evidence.signs).toBeGreaterThan(0);
    expect(v.reversed).toBe(false);
  });
});
