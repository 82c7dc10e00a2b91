// Colour contrast by the WCAG 2.x formulas, and the "ink" a code colour is drawn with in the
// margin and under the text. A code's colour is the researcher's (or another tool's) choice and
// may be pale (yellow #f0e442 is 1.3:1 on white); the stripe and underline must still reach 3:1
// against the page (WCAG 1.4.11, non-text contrast), so a pale colour is darkened, keeping its
// hue, until it does. The colour stored on the code never changes.

/** [r, g, b] in 0..255 from #rgb or #rrggbb; null for anything else. */
export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const rgb = parseHex(hex) ?? [0, 0, 0];
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (1..21) of two colours. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The page behind the transcript's text and margin (--panel in app.css). */
export const PAGE_BACKGROUND = '#ffffff';
/** The lightest page the codebook and side panels draw swatches on (--bg in app.css). */
export const APP_BACKGROUND = '#f6f5f2';
/** WCAG 1.4.11: graphical objects that carry meaning. */
export const NON_TEXT_CONTRAST = 3;

/**
 * `color` if it reaches `min` against every one of `backgrounds`, else `color` mixed with
 * black in 5 % steps until it does (same hue, darker). Unparseable colours give grey ink.
 */
export function inkFor(
  color: string,
  backgrounds: readonly string[] = [PAGE_BACKGROUND, APP_BACKGROUND],
  min = NON_TEXT_CONTRAST,
): string {
  const rgb = parseHex(color);
  if (!rgb) return '#5b6270';
  const ok = (hex: string) => backgrounds.every((bg) => contrastRatio(hex, bg) >= min);
  for (let k = 0; k <= 20; k++) {
    const hex = toHex(rgb.map((v) => v * (1 - k / 20)));
    if (ok(hex)) return hex;
  }
  return '#000000';
}
