import { describe, expect, it } from 'vitest';
import {
  anchorFor,
  columnLabelHeight,
  columnX,
  exportFileName,
  heatColor,
  heatInk,
  labelWidth,
  legendValues,
  percentLabel,
  shortLabel,
  textDirection,
  wrapLabel,
} from './chart-layout';

describe('labels in mirrored charts', () => {
  it('reads the direction of a label from its first strong letter', () => {
    expect(textDirection('تعامل در امور اقتصادی')).toBe('rtl');
    expect(textDirection('2024 Motivational')).toBe('ltr');
    expect(textDirection('۱۴۰۳ انگیزشی')).toBe('rtl');
    expect(textDirection('123')).toBe('ltr');
  });

  it('anchors the physical edge: start is the left end only of left-to-right text', () => {
    expect(anchorFor('right', 'ltr')).toBe('end');
    expect(anchorFor('left', 'ltr')).toBe('start');
    expect(anchorFor('right', 'rtl')).toBe('start');
    expect(anchorFor('left', 'rtl')).toBe('end');
  });

  it('wraps long theme names on spaces and cuts beyond the last line', () => {
    const name = 'برگزاری کرسی های علمی درباره تاریخ مشترک دو کشور';
    const two = wrapLabel(name, 26);
    expect(two).toHaveLength(2);
    expect(two.join(' ')).toBe(name);
    const one = wrapLabel(name, 20, 1);
    expect(one).toHaveLength(1);
    expect(one[0]?.endsWith('…')).toBe(true);
    expect(wrapLabel('عامل قومی', 26)).toEqual(['عامل قومی']);
  });

  it('writes percentages with the percent sign of the digits', () => {
    expect(percentLabel('54.1', false)).toBe('54.1%');
    expect(percentLabel('۵۴٫۱', true)).toBe('۵۴٫۱٪');
  });
});

describe('heatmap geometry', () => {
  it('mirrors columns in RTL: the first interview sits next to the labels', () => {
    const total = 300 + 16 * 32 + 16;
    expect(columnX(0, 32, 300, total, false)).toBe(300);
    expect(columnX(15, 32, 300, total, false)).toBe(300 + 15 * 32);
    expect(columnX(0, 32, 300, total, true)).toBe(total - 300 - 32);
    expect(columnX(15, 32, 300, total, true)).toBe(16);
  });

  it('scales colours from a faint empty cell to the full colour, with readable ink', () => {
    expect(heatColor(0, 2)).toBe('#f4f3ef');
    expect(heatColor(2, 2, '#2f6f62')).toBe('rgb(47, 111, 98)');
    expect(heatColor(1, 2)).not.toBe(heatColor(2, 2));
    expect(heatInk(2, 2)).toBe('#ffffff');
    expect(heatInk(1, 4)).toBe('#1f2328');
  });

  it('sizes the label column to the longest name and lists legend values once each', () => {
    expect(labelWidth(['عامل قومی'])).toBe(120);
    expect(labelWidth(['x'.repeat(48)])).toBe(48 * 6 + 24);
    expect(labelWidth(['x'.repeat(500)])).toBe(400);
    expect(legendValues(2)).toEqual([0, 1, 2]);
    expect(legendValues(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(legendValues(7)).toEqual([...new Set(legendValues(7))]);
  });

  it('names exported files from the title', () => {
    expect(exportFileName('Chart 1: global themes', 'svg')).toBe('chart-1-global-themes.svg');
    expect(exportFileName('نمودار ۱', 'png')).toBe('نمودار-۱.png');
    expect(exportFileName('***', 'png')).toBe('chart.png');
  });
});

describe("the heatmap's upright column labels", () => {
  it('cuts a label to its first characters and an ellipsis, by code point', () => {
    expect(shortLabel('دکتر محمدجواد ظریف', 24)).toBe('دکتر محمدجواد ظریف');
    expect(shortLabel('abcdefgh', 5)).toBe('abcd…');
    expect(shortLabel('  ۱۲  ', 5)).toBe('۱۲');
  });

  it('makes the header as tall as the longest shown label, cut ones counted at the cut', () => {
    // 18 characters × 7px + 16px.
    expect(columnLabelHeight(['دکتر محمدجواد ظریف', '۲'])).toBe(18 * 7 + 16);
    expect(columnLabelHeight(['x'.repeat(90)])).toBe(24 * 7 + 16);
    expect(columnLabelHeight(['۱', '۲'])).toBe(34);
  });
});
