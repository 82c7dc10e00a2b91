import { describe, expect, it } from 'vitest';
import { horizontalBarChart, labelColumnWidth, percentLabel } from './svg-charts';

const bars = [
  { label: 'انگیزشی', value: 166, valueLabel: '166 (54.1%)', color: '#b5483b' },
  { label: 'محیطی', value: 141, valueLabel: '141 (45.9%)', color: '#2d5b8a' },
];

function rects(svg: string): { x: number; width: number }[] {
  return [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
    x: Number(m[1]),
    width: Number(m[2]),
  }));
}

describe('horizontalBarChart', () => {
  it('scales bars to the largest value, left to right', () => {
    const svg = horizontalBarChart(bars, { title: 'Shares', width: 600 });
    const [a, b] = rects(svg);
    expect(a && b && b.width / a.width).toBeCloseTo(141 / 166, 2);
    expect(a?.x).toBe(b?.x); // bars start together after the label column
    expect(svg).toContain('direction="ltr"');
    expect(svg).toContain('<title>Shares</title>');
    expect(svg).toContain('166 (54.1%)');
  });

  it('mirrors in right-to-left: bars end at the label column and grow leftwards', () => {
    const svg = horizontalBarChart(bars, { title: 'سهم', width: 600, rtl: true });
    const [a, b] = rects(svg);
    expect(a && b && a.x + a.width).toBeCloseTo((b?.x ?? 0) + (b?.width ?? 0), 5);
    expect(a && a.x + a.width).toBeLessThan(600 - labelColumnWidth(['انگیزشی', 'محیطی'], 600));
    expect(a?.x).toBeLessThan(b?.x ?? 0);
    expect(svg).toContain('direction="rtl"');
  });

  it('escapes labels and refuses colours that are not hex', () => {
    const svg = horizontalBarChart([{ label: '<b>x</b>', value: 1, color: 'red;x:url(y)' }], {
      title: '"t"',
    });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(svg).toContain('fill="#6b7280"');
    expect(svg).toContain('<title>&quot;t&quot;</title>');
  });

  it('renders an empty chart without dividing by zero', () => {
    const svg = horizontalBarChart([{ label: 'a', value: 0, color: '#000000' }], { title: 't' });
    expect(svg).not.toContain('NaN');
    expect(horizontalBarChart([], { title: 't' })).toContain('</svg>');
  });

  it('prints percent with one decimal', () => {
    expect(percentLabel((100 * 166) / 307)).toBe('54.1%');
    expect(percentLabel(0)).toBe('0.0%');
  });
});
