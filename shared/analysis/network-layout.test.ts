import { describe, expect, it } from 'vitest';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import { computeFrequencyTable } from './frequencies';
import { networkRows, type NetworkRows } from './network';
import { layoutNetwork, type Box, type NetworkLayout } from './network-layout';
import { wrapLabel, LABEL_STYLE, textWidth } from './network-labels';
import { networkTree } from './network-test-tree';

const loaded = loadProjectDir(azerbaijanFiles());
if (!loaded.ok) throw new Error(loaded.reason);
const sample = computeFrequencyTable({ ...loaded.data, convention: 'paper' });

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of labels, and every label against every other node's circle (its bounding box). */
function collisions(layout: NetworkLayout): string[] {
  const found: string[] = [];
  const circle = (n: NetworkLayout['nodes'][number]): Box => ({
    x: n.cx - n.r,
    y: n.cy - n.r,
    width: 2 * n.r,
    height: 2 * n.r,
  });
  layout.nodes.forEach((a, i) => {
    layout.nodes.forEach((b, j) => {
      if (i === j) return;
      if (i < j && overlaps(a.label, b.label)) found.push(`label ${a.name} × label ${b.name}`);
      if (overlaps(a.label, circle(b))) found.push(`label ${a.name} × node ${b.name}`);
    });
  });
  return found;
}

function treeRows(g: number, o: number, b: number): NetworkRows {
  const tree = networkTree(g, o, b);
  return networkRows(computeFrequencyTable({ ...tree, convention: 'paper' }).rows);
}

describe('layoutNetwork', () => {
  it('keeps every label clear of every other label and node in the sample (2/6/25)', () => {
    const layout = layoutNetwork(networkRows(sample.rows));
    expect(layout.nodes).toHaveLength(33);
    expect(collisions(layout)).toEqual([]);
  });

  it('keeps them clear at 8 global, 32 organizing and 160 basic themes', () => {
    const rows = treeRows(8, 4, 5);
    expect(rows.nodes.map((n) => n.level).filter((l) => l === 'basic')).toHaveLength(160);
    const layout = layoutNetwork(rows);
    expect(layout.nodes).toHaveLength(200);
    expect(collisions(layout)).toEqual([]);
  });

  it('keeps them clear in each global theme’s own map', () => {
    for (const g of sample.rows.filter((r) => r.depth === 0)) {
      expect(collisions(layoutNetwork(networkRows(sample.rows, g.id)))).toEqual([]);
    }
  });

  it('puts global themes inside the organizing ring and basic themes outside it', () => {
    const layout = layoutNetwork(networkRows(sample.rows, sample.rows[0]?.id ?? null));
    const global = layout.nodes.find((n) => n.level === 'global');
    if (!global) throw new Error('no global theme');
    const distance = (level: string): number[] =>
      layout.nodes
        .filter((n) => n.level === level)
        .map((n) => Math.hypot(n.cx - global.cx, n.cy - global.cy));
    const organizing = distance('organizing');
    const basic = distance('basic');
    const mean = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / xs.length;
    expect(mean(basic)).toBeGreaterThan(mean(organizing));
    expect(Math.min(...organizing)).toBeGreaterThan(0);
  });

  it('gives the same picture for the same project', () => {
    const rows = networkRows(sample.rows);
    expect(layoutNetwork(rows)).toEqual(layoutNetwork(rows));
  });

  it('sizes nodes by references and edges by weight', () => {
    const layout = layoutNetwork(networkRows(sample.rows));
    const sorted = [...layout.nodes].sort((a, b) => a.references - b.references);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    expect(first && last && first.r < last.r).toBe(true);
    const edges = [...layout.edges].sort((a, b) => a.weight - b.weight);
    expect(edges[0]?.strokeWidth).toBeLessThan(edges[edges.length - 1]?.strokeWidth ?? 0);
  });
});

describe('wrapLabel', () => {
  it('wraps a long name at spaces and keeps a half-space word whole', () => {
    const style = LABEL_STYLE.basic;
    const name = 'فرصت‌های سرمایه گذاری و همکاری‌های اقتصادی در حوزه انرژی';
    const wrapped = wrapLabel(name, style);
    expect(wrapped.lines.length).toBeGreaterThan(1);
    expect(wrapped.lines.join(' ')).toBe(name);
    expect(wrapped.lines.some((l) => l.includes('فرصت‌های'))).toBe(true);
    expect(textWidth('\u200c', style)).toBe(0);
  });
});

describe('wrapLabel balance', () => {
  it('does not leave a lone short word on the last line', () => {
    const wrapped = wrapLabel('استفاده از ظرفیت رسانه و خبرگزاری ها', LABEL_STYLE.basic);
    expect(wrapped.lines.length).toBeGreaterThan(1);
    expect(wrapped.lines[wrapped.lines.length - 1]).not.toBe('ها');
    // Balanced: no line more than twice as wide as another.
    const widths = wrapped.lines.map((l) => textWidth(l, LABEL_STYLE.basic));
    expect(Math.max(...widths)).toBeLessThan(2 * Math.min(...widths));
  });
});
