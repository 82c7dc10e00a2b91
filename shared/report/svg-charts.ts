// Small, dependency-free SVG charts for the self-contained HTML report: Recharts needs React and a
// DOM, a report file needs neither. Pure: data in, SVG markup out. Right-to-left charts put the
// labels on the right and grow the bars leftwards, the way a Persian reader scans them.
import { escapeHtml, safeColor } from './escape';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** What is written at the end of the bar ("166 (54.1%)"); the value when absent. */
  readonly valueLabel?: string;
  readonly color: string;
}

export interface BarChartOptions {
  /** Accessible name of the chart (role="img" + <title>). */
  readonly title: string;
  readonly rtl?: boolean;
  /** Total width in px (the SVG scales down to its container through viewBox). */
  readonly width?: number;
  readonly barHeight?: number;
  readonly fontFamily?: string;
}

const PAD = 8;
const GAP = 10;
const FONT_SIZE = 13;
/** A rough average glyph width: enough to size the label column without measuring text. */
const CHAR_WIDTH = 7;

/** The label column's width: the longest label, within sensible bounds. */
export function labelColumnWidth(labels: readonly string[], width: number): number {
  const longest = Math.max(0, ...labels.map((l) => [...l].length));
  return Math.round(Math.min(width * 0.45, Math.max(80, longest * CHAR_WIDTH + 12)));
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** Horizontal bars scaled to the largest value; an empty chart still renders (and says so). */
export function horizontalBarChart(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 640;
  const barHeight = options.barHeight ?? 24;
  const rtl = options.rtl ?? false;
  const labelWidth = labelColumnWidth(
    bars.map((b) => b.label),
    width,
  );
  const valueWidth = Math.max(
    48,
    ...bars.map((b) => [...(b.valueLabel ?? String(b.value))].length * CHAR_WIDTH + 8),
  );
  const plot = Math.max(40, width - labelWidth - valueWidth - 4 * PAD);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * (barHeight + GAP) + 2 * PAD - GAP;
  const dir = rtl ? 'rtl' : 'ltr';
  // In SVG, text-anchor "start" means the start of the line in its direction: the right edge
  // of right-to-left text. Labels sit at the outer edge, values just past the bar's end.
  const rows = bars.map((b, i) => {
    const y = PAD + i * (barHeight + GAP);
    const len = max > 0 ? (plot * Math.max(0, b.value)) / max : 0;
    const mid = y + barHeight / 2;
    const labelX = rtl ? width - PAD : PAD;
    const barStart = rtl ? width - PAD - labelWidth - PAD : PAD + labelWidth + PAD;
    const barX = rtl ? barStart - len : barStart;
    const valueX = rtl ? barX - PAD : barStart + len + PAD;
    const value = escapeHtml(b.valueLabel ?? String(b.value));
    return [
      `<g>`,
      `<text x="${fmt(labelX)}" y="${fmt(mid)}" text-anchor="start" dominant-baseline="central" direction="${dir}">${escapeHtml(b.label)}</text>`,
      `<rect x="${fmt(barX)}" y="${fmt(y)}" width="${fmt(len)}" height="${barHeight}" rx="3" fill="${safeColor(b.color)}"><title>${escapeHtml(b.label)}: ${value}</title></rect>`,
      `<text x="${fmt(valueX)}" y="${fmt(mid)}" text-anchor="start" dominant-baseline="central" direction="${dir}" class="value">${value}</text>`,
      `</g>`,
    ].join('');
  });
  const font = options.fontFamily ? ` font-family="${escapeHtml(options.fontFamily)}"` : '';
  const empty =
    bars.length === 0
      ? `<text x="${width / 2}" y="${fmt(height / 2)}" text-anchor="middle" dominant-baseline="central">–</text>`
      : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" font-size="${FONT_SIZE}"${font} direction="${dir}">` +
    `<title>${escapeHtml(options.title)}</title>${rows.join('')}${empty}</svg>`
  );
}

/** Percent with one decimal, as the study's charts print it: 54.1% */
export function percentLabel(percent: number): string {
  return `${(Math.round(percent * 10) / 10).toFixed(1)}%`;
}
