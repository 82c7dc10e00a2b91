// Label boxes of the network map estimated from character widths, without a DOM (shared/ runs in
// the CLI and in workers): the layout keeps these boxes apart, so every estimate errs wide. The
// e2e test measures the rendered labels (Vazirmatn) and checks they fit inside these boxes.
import type { NetworkLevel } from './network';

export interface LabelStyle {
  readonly fontSize: number;
  readonly bold: boolean;
}

export const LABEL_STYLE: Readonly<Record<NetworkLevel, LabelStyle>> = {
  global: { fontSize: 15, bold: true },
  organizing: { fontSize: 13, bold: true },
  basic: { fontSize: 12, bold: false },
};

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;
/** A line is wrapped at spaces once it would pass this many ems. */
const MAX_LINE_EM = 9.5;

/**
 * Advance widths in ems, on the wide side of Vazirmatn's: joined Persian letters average about
 * half an em, the widest isolated forms (س ش ص ض) come close to one; marks and joiners take none.
 */
export function charWidthEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x200c || c === 0x200d || c === 0x200f || c === 0x200e) return 0;
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) return 0; // harakat, superscript alef
  if (c === 0x20) return 0.3;
  if (/[سشصضقنیئ]/.test(ch)) return 0.72;
  if (c >= 0x0600 && c <= 0x06ff) return 0.56;
  if (/[0-9۰-۹]/.test(ch)) return 0.6;
  if (/[mwMW]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[il.,:;'!|]/.test(ch)) return 0.32;
  return 0.6;
}

export function textWidth(text: string, style: LabelStyle): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * style.fontSize * (style.bold ? 1.08 : 1);
}

export interface LabelLines {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

function greedy(words: readonly string[], max: number, style: LabelStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, style) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Wrapping at spaces (a half-space joins a word, it is not a break): as few lines as a greedy
 * fill to ~9.5 em gives, then balanced — the narrowest width that keeps that many lines — so a
 * name does not end on a lone short word.
 */
export function wrapLabel(text: string, style: LabelStyle): LabelLines {
  const words = text.trim().split(/ +/).filter(Boolean);
  const max = MAX_LINE_EM * style.fontSize;
  let lines = greedy(words, max, style);
  if (lines.length > 1) {
    let lo = textWidth(words.join(' '), style) / lines.length;
    let hi = max;
    for (let step = 0; step < 12; step++) {
      const mid = (lo + hi) / 2;
      if (greedy(words, mid, style).length > lines.length) lo = mid;
      else hi = mid;
    }
    lines = greedy(words, hi, style);
  }
  return {
    lines,
    width: Math.max(...lines.map((l) => textWidth(l, style))),
    height: lines.length * style.fontSize * LINE_HEIGHT,
  };
}
