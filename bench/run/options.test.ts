import { describe, expect, it } from 'vitest';
import { FULL, median, parseBenchArgs, QUICK } from './options';

describe('parseBenchArgs', () => {
  it('runs the full size by default and the quick size with --quick', () => {
    const full = parseBenchArgs([]);
    const quick = parseBenchArgs(['--quick']);
    if (typeof full === 'string' || typeof quick === 'string') throw new Error('refused');
    expect(full.mode).toBe('full');
    expect(full.project).toEqual({ seed: 1, ...FULL });
    expect(quick.mode).toBe('quick');
    expect(quick.project.codings).toBe(QUICK.codings);
    expect(quick.runs).toBeGreaterThan(full.runs);
  });

  it('takes sizes, seed and output file', () => {
    const o = parseBenchArgs([
      '--docs',
      '10',
      '--codings',
      '300',
      '--seed',
      '9',
      '--out',
      'x.json',
    ]);
    if (typeof o === 'string') throw new Error(o);
    expect(o.mode).toBe('custom');
    expect(o.project).toMatchObject({ documents: 10, codings: 300, seed: 9, codes: FULL.codes });
    expect(o.out).toBe('x.json');
    expect(o.ui).toBe(true);
    const noUi = parseBenchArgs(['--quick', '--no-ui']);
    expect(typeof noUi !== 'string' && noUi.ui).toBe(false);
    expect(typeof noUi !== 'string' && noUi.importFloor).toBe(true);
    const noFloor = parseBenchArgs(['--no-import-floor']);
    expect(typeof noFloor !== 'string' && noFloor.importFloor).toBe(false);
  });

  it('refuses unknown options and bad numbers with the usage', () => {
    expect(parseBenchArgs(['--fast'])).toMatch(/Unknown option --fast[\s\S]*npm run bench/);
    expect(parseBenchArgs(['--docs', '0'])).toMatch(/--docs needs a whole number of at least 1/);
    expect(parseBenchArgs(['--codings', '1.5'])).toMatch(/--codings needs a whole number/);
    expect(parseBenchArgs(['--out'])).toMatch(/--out needs a file name/);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
