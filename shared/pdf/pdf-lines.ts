// From positioned text pieces (pdf.js getTextContent items) to lines and paragraphs in reading
// order. Pure geometry, no pdf.js here, so it is tested on items made in the tests.
import { mirrorBrackets } from '../text/bidi';
import { inferZwnj } from './joining';
import { foldPresentationForms } from './presentation-forms';

/** One piece of text on a page: its string and its baseline position (PDF units, y upwards). */
export interface TextPiece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the line height scale). */
  readonly size: number;
}

export interface PageLine {
  readonly text: string;
  readonly y: number;
  readonly size: number;
  readonly rtl: boolean;
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;
const LTR_STRONG = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9\u06f0-\u06f9\u0660-\u0669]/;
const RTL_STRONG = /[\u0590-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

function count(s: string, re: RegExp): number {
  return (s.match(re) ?? []).length;
}

/** Groups pieces into lines by baseline: pieces within a third of the font size share a line. */
function groupLines(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = pieces.filter((p) => p.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let y = Number.NaN;
  for (const p of sorted) {
    if (current.length > 0 && Math.abs(p.y - y) <= Math.max(1, p.size / 3)) current.push(p);
    else {
      if (current.length > 0) lines.push(current);
      current = [p];
      y = p.y;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

type Run = { ltr: boolean; pieces: TextPiece[] };

/**
 * A right-to-left line: pieces from right to left, except that runs of Latin letters and digits
 * (with the spaces and punctuation between them) keep their left-to-right order.
 */
function orderRtl(byX: readonly TextPiece[]): TextPiece[] {
  const kinds = byX.map((p) => (RTL_STRONG.test(p.str) ? 'r' : LTR_STRONG.test(p.str) ? 'l' : 'n'));
  const isLtr = kinds.map((k, i) => {
    if (k !== 'n') return k === 'l';
    // A neutral piece belongs to a Latin run only when Latin lies on both sides of it.
    let a = i - 1;
    while (a >= 0 && kinds[a] === 'n') a--;
    let b = i + 1;
    while (b < kinds.length && kinds[b] === 'n') b++;
    return a >= 0 && b < kinds.length && kinds[a] === 'l' && kinds[b] === 'l';
  });
  const runs: Run[] = [];
  byX.forEach((p, i) => {
    const ltr = isLtr[i] ?? false;
    const last = runs[runs.length - 1];
    if (last && last.ltr === ltr) last.pieces.push(p);
    else runs.push({ ltr, pieces: [p] });
  });
  // Glyphs of a right-to-left run are mirrored: the ")" drawn there is the logical "(".
  return runs
    .reverse()
    .flatMap((r) =>
      r.ltr ? r.pieces : [...r.pieces].reverse().map((p) => ({ ...p, str: mirrorBrackets(p.str) })),
    );
}

const MARKS_ONLY = /^[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0300-\u036f\ufe70-\ufe7f]+$/;

/**
 * Combining marks (harakat, shadda, tanwin) come as pieces of their own, placed over their
 * letter; ordered by x they can land before it. Each goes right after the piece it sits on.
 */
function placeMarks(ordered: readonly TextPiece[], marks: readonly TextPiece[]): TextPiece[] {
  const out = [...ordered];
  for (const m of marks) {
    const centre = m.x + m.width / 2;
    let best = -1;
    let bestDistance = Infinity;
    out.forEach((p, i) => {
      if (MARKS_ONLY.test(p.str) || p.str.trim() === '') return;
      const d = centre < p.x ? p.x - centre : centre > p.x + p.width ? centre - (p.x + p.width) : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    const base = out[best];
    if (base) out[best] = { ...base, str: base.str + m.str };
    else out.push(m);
  }
  return out;
}

/**
 * Spaces that the layout shows but the PDF does not write, as pieces of their own between
 * visually adjacent pieces (left to right), so that ordering a line keeps them in place.
 */
function withGaps(byX: readonly TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  byX.forEach((p, i) => {
    const prev = byX[i - 1];
    if (prev) {
      const gap = p.x - (prev.x + prev.width);
      const spaced = /\s$/.test(prev.str) || /^\s/.test(p.str);
      if (!spaced && gap > Math.max(prev.size, p.size) * 0.2)
        out.push({ str: ' ', x: prev.x + prev.width, y: p.y, width: gap, size: p.size });
    }
    out.push(p);
  });
  return out;
}

/**
 * The lines of a page, top to bottom, each in reading order, presentation forms folded. A line
 * is ordered right to left when most of its letters are, or most of the page's are: in a
 * right-to-left page an English line's final "." is drawn at its left end.
 */
export function pageLines(pieces: readonly TextPiece[]): PageLine[] {
  const all = pieces.map((p) => p.str).join('');
  const pageRtl = count(all, RTL_LETTER) > count(all, LTR_LETTER);
  return groupLines(pieces)
    .map((line) => {
      const byX = [...line].sort((a, b) => a.x - b.x);
      const raw = byX.map((p) => p.str).join('');
      const rtl = pageRtl || count(raw, RTL_LETTER) > count(raw, LTR_LETTER);
      const marks = byX.filter((p) => MARKS_ONLY.test(p.str));
      const rest = byX.filter((p) => !MARKS_ONLY.test(p.str));
      const spaced = withGaps(rest);
      const ordered = placeMarks(rtl ? orderRtl(spaced) : spaced, marks);
      const joined = ordered
        .map((p) => p.str)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      const text = foldPresentationForms(inferZwnj(joined));
      const size = Math.max(...line.map((p) => p.size));
      return { text, y: line[0]?.y ?? 0, size, rtl };
    })
    .filter((l) => l.text.length > 0);
}

/**
 * Lines to paragraphs: a gap clearly larger than the page's usual line spacing starts a new
 * paragraph; lines within one are joined with a space, or with nothing where a Latin word was
 * hyphenated at the line's end ("inter-" + "view" → "interview").
 */
export function joinLines(lines: readonly PageLine[]): string[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) gaps.push((lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0));
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const gap = i === 0 ? Infinity : (gaps[i - 1] ?? 0);
    const newParagraph = i === 0 || gap > usual * 1.3 || gap > line.size * 2.2 || gap <= 0;
    if (newParagraph) {
      if (current) paragraphs.push(current);
      current = line.text;
    } else if (/[A-Za-z\u00c0-\u024f]-$/.test(current) && /^[a-z\u00df-\u024f]/.test(line.text)) {
      current = current.slice(0, -1) + line.text;
    } else current = `${current} ${line.text}`;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}
