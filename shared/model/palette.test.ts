import { describe, expect, it } from 'vitest';
import { APP_BACKGROUND, PAGE_BACKGROUND, contrastRatio, inkFor, parseHex } from './palette';

// The code colours offered in the codebook (renderer/views/codebook/ColorPicker.tsx) and the
// defaults new and imported codes get (shared/db/codes-repo.ts, shared/exchange/code-xml.ts).
const OFFERED = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7'];
const DEFAULTS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6'];
const IMPORTED = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1'];

describe('contrastRatio (WCAG 2.x)', () => {
  it('matches published values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WebAIM: #767676 is the lightest grey with 4.5:1 on white (4.54:1); #777777 gives 4.48:1.
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#f0e442', '#ffffff')).toBe(contrastRatio('#ffffff', '#f0e442'));
  });

  it('finds the pale palette colours the issue names below 3:1 on white', () => {
    // By hand: yellow f0e442 → L = 0.2126·0.8714 + 0.7152·0.7758 + 0.0722·0.0545 ≈ 0.7491,
    // (1.05) / (0.7991) ≈ 1.31.
    expect(contrastRatio('#f0e442', '#ffffff')).toBeCloseTo(1.31, 1);
    expect(contrastRatio('#e69f00', '#ffffff')).toBeLessThan(3);
    expect(contrastRatio('#56b4e9', '#ffffff')).toBeLessThan(3);
  });
});

describe('inkFor', () => {
  it.each([...OFFERED, ...DEFAULTS, ...IMPORTED])('%s is drawn at 3:1 or more', (hex) => {
    const ink = inkFor(hex);
    expect(contrastRatio(ink, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(ink, APP_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('keeps a colour that is already dark enough', () => {
    // #0072b2 (Okabe–Ito blue): about 5:1 on white.
    expect(inkFor('#0072b2')).toBe('#0072b2');
  });

  it('darkens a pale colour without changing its hue', () => {
    const ink = parseHex(inkFor('#f0e442'))!;
    expect(ink).not.toEqual([0xf0, 0xe4, 0x42]);
    // Mixed with black: every channel scaled by the same factor (up to rounding).
    const k = ink[0] / 0xf0;
    expect(k).toBeLessThan(1);
    expect(Math.abs(ink[1] - 0xe4 * k)).toBeLessThanOrEqual(1);
    expect(Math.abs(ink[2] - 0x42 * k)).toBeLessThanOrEqual(1);
  });

  it('gives grey for a colour it cannot read', () => {
    expect(contrastRatio(inkFor('not a colour'), '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
