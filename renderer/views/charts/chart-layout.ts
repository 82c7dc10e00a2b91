// Layout arithmetic for the charts, kept pure so it is tested without a browser: where a label's
// edge goes in a mirrored (right-to-left) chart, how long theme names wrap, the heatmap's scale.

export type Side = 'left' | 'right';
export type TextDir = 'rtl' | 'ltr';

/** Right-to-left scripts (Hebrew, Arabic, Persian) by their first strong character. */
export function textDirection(text: string): TextDir {
  const m = /[A-Za-z\u00c0-\u024f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.exec(text);
  return m && /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(m[0]) ? 'rtl' : 'ltr';
}

/**
 * The SVG text-anchor that puts a label's `edge` (its physical left or right end) at x. In SVG,
 * 'start' is the left end of left-to-right text but the right end of right-to-left text, so a
 * Persian label beside a mirrored axis needs the opposite anchor of an English one.
 */
export function anchorFor(edge: Side, dir: TextDir): 'start' | 'end' {
  const startIsLeft = dir === 'ltr';
  return (edge === 'left') === startIsLeft ? 'start' : 'end';
}

/** Splits a label into at most `maxLines` lines of about `maxChars`, on spaces; ellipsis if cut. */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length > maxChars && line) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}

/** A percentage label: "54.1%" in Latin digits, "۵۴٫۱٪" with the Persian percent sign. */
export function percentLabel(formatted: string, persian: boolean): string {
  return persian ? `${formatted}٪` : `${formatted}%`;
}

const hex = (c: string): [number, number, number] => {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  return m
    ? [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)]
    : [0, 0, 0];
};

/** The heatmap's fill: white at 0, `color` at `max` (linear); a faint tint for empty cells. */
export function heatColor(value: number, max: number, color = '#2f6f62'): string {
  if (value <= 0 || max <= 0) return '#f4f3ef';
  const f = 0.15 + 0.85 * Math.min(1, value / max);
  const [r, g, b] = hex(color);
  const mix = (c: number): number => Math.round(255 + (c - 255) * f);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

/** Dark text on light cells, white text on dark ones. */
export function heatInk(value: number, max: number): string {
  return max > 0 && value / max > 0.55 ? '#ffffff' : '#1f2328';
}

/**
 * The x of column `index` (of `width` each) in a grid that starts after a label area of
 * `labelWidth`: left to right after the labels, or mirrored (labels on the right) in RTL.
 */
export function columnX(
  index: number,
  width: number,
  labelWidth: number,
  total: number,
  rtl: boolean,
): number {
  return rtl ? total - labelWidth - (index + 1) * width : labelWidth + index * width;
}

/** A file name for an exported chart: the title's letters and digits, kebab-cased. */
export function exportFileName(title: string, ext: 'svg' | 'png'): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'chart'}.${ext}`;
}

/** Theme names longer than this are cut with an ellipsis (the full name is in the tooltip). */
export const MAX_LABEL_CHARS = 64;

/** Room for the longest label at 12px (about 6px a character), between 120 and 400px. */
export function labelWidth(labels: readonly string[]): number {
  const longest = labels.reduce((m, l) => Math.max(m, Math.min(l.length, MAX_LABEL_CHARS)), 0);
  return Math.max(120, Math.min(400, Math.round(longest * 6 + 24)));
}

/** The legend's values: every count up to 5, else six evenly spaced whole numbers, no repeats. */
export function legendValues(max: number): number[] {
  if (max <= 5) return Array.from({ length: Math.max(0, max) + 1 }, (_, k) => k);
  return [...new Set(Array.from({ length: 6 }, (_, k) => Math.round((k * max) / 5)))];
}

/** Interview labels longer than this are cut with an ellipsis (the full name is in the tooltip). */
export const MAX_COLUMN_LABEL_CHARS = 24;

/** `text` cut to `max` characters (code points), the last one an ellipsis when cut. */
export function shortLabel(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The heatmap's header height for upright (rotated) column labels: room for the longest shown
 * label at about 7px a character, and at least the height of one line of flat text.
 */
export function columnLabelHeight(labels: readonly string[]): number {
  const longest = labels.reduce(
    (m, l) => Math.max(m, Math.min([...l].length, MAX_COLUMN_LABEL_CHARS)),
    0,
  );
  return Math.max(34, Math.round(longest * 7 + 16));
}
