// Coding stripes in the margin: one lane per code that occurs in the document, in codebook
// order, so a code's bar is always in the same column and bars of one code line up. Each
// coding draws its own bar: two codings of one code on lines 1 and 3 are two bars, never one
// over lines 1-3 (a merged bar would tell a reader of the margin that line 2 is coded).

export interface StripeCoding {
  readonly codeId: string;
}

/** Lane of each code: codes present in the document, ordered as in `codeOrder`. */
export function assignLanes(
  codeOrder: readonly string[],
  codings: readonly StripeCoding[],
): Map<string, number> {
  const present = new Set(codings.map((c) => c.codeId));
  const lanes = new Map<string, number>();
  for (const id of codeOrder) if (present.has(id)) lanes.set(id, lanes.size);
  // A coding whose code is missing from the list still gets a lane (never silently dropped).
  for (const c of codings) if (!lanes.has(c.codeId)) lanes.set(c.codeId, lanes.size);
  return lanes;
}

export interface StripeRange extends StripeCoding {
  readonly codingId: string;
  readonly start: number;
  readonly end: number;
}

export interface ParagraphBar {
  readonly codingId: string;
  readonly codeId: string;
  readonly lane: number;
  /** The coding's part inside the paragraph: the bar spans its lines and no others. */
  readonly span: Span;
}

/** One bar per coding touching the paragraph [from, to), by lane, then by position. */
export function barsForParagraph(
  paragraphCodings: readonly StripeRange[],
  lanes: ReadonlyMap<string, number>,
  from: number,
  to: number,
): ParagraphBar[] {
  const out: ParagraphBar[] = [];
  for (const c of paragraphCodings) {
    const lane = lanes.get(c.codeId);
    const span = { start: Math.max(c.start, from), end: Math.min(c.end, to) };
    if (lane === undefined || span.end <= span.start) continue;
    out.push({ codingId: c.codingId, codeId: c.codeId, lane, span });
  }
  return out.sort((a, b) => a.lane - b.lane || a.span.start - b.span.start);
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Extent {
  readonly top: number;
  readonly height: number;
}

/**
 * The block extent (top and height, relative to `originTop`) covering the line boxes in
 * `rects` — a Range's getClientRects() over the coded text. Empty boxes (a line break's
 * zero-width rectangle) are ignored; null when nothing is left.
 */
export function unionExtent(
  rects: Iterable<{ readonly top: number; readonly bottom: number; readonly width: number }>,
  originTop: number,
): Extent | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    if (r.width <= 0 || r.bottom <= r.top) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return bottom > top ? { top: top - originTop, height: bottom - top } : null;
}

/**
 * Tops for the code names at the top of the stripes: each wants its stripe's top; names that
 * would overlap (two codings starting on one line) are pushed down, one under the other, in
 * the order of their wanted tops (ties keep their order: lane order). Same order as `wanted`.
 */
export function stackLabels(wanted: readonly number[], height: number): number[] {
  const order = wanted.map((top, i) => ({ top, i })).sort((a, b) => a.top - b.top || a.i - b.i);
  const out = new Array<number>(wanted.length);
  let free = -Infinity;
  for (const { top, i } of order) {
    const at = Math.max(top, free);
    out[i] = at;
    free = at + height;
  }
  return out;
}
