import { describe, expect, it } from 'vitest';
import { hundredths, middle, timed } from './samples';

describe('middle', () => {
  it('takes the middle sample, the upper of two middles for an even count', () => {
    expect(middle([30, 10, 20])).toBe(20);
    expect(middle([4, 1, 3, 2])).toBe(3);
    expect(middle([])).toBe(0);
  });
});

describe('timed', () => {
  it('runs the work once per run and keeps every sample', () => {
    let calls = 0;
    const s = timed(4, () => calls++);
    expect(calls).toBe(4);
    expect(s.samples).toHaveLength(4);
    expect(s.min).toBe(Math.min(...s.samples));
    expect(timed(0, () => calls++)).toEqual({ median: 0, min: 0, samples: [] });
  });

  it('rounds to hundredths of a millisecond', () => {
    expect(hundredths(1.23456)).toBe(1.23);
    expect(hundredths(0.005)).toBe(0.01);
  });
});
