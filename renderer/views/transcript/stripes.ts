// Coding stripes in the margin: one lane per code that occurs in the document, in codebook
// order, so a code's bar is always in the same column and bars of one code line up.

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

/** Codes with a bar in one paragraph, by lane; each lane at most once. */
export function barsForParagraph(
  paragraphCodings: readonly StripeCoding[],
  lanes: ReadonlyMap<string, number>,
): { codeId: string; lane: number }[] {
  const seen = new Set<string>();
  const out: { codeId: string; lane: number }[] = [];
  for (const c of paragraphCodings) {
    const lane = lanes.get(c.codeId);
    if (lane === undefined || seen.has(c.codeId)) continue;
    seen.add(c.codeId);
    out.push({ codeId: c.codeId, lane });
  }
  return out.sort((a, b) => a.lane - b.lane);
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The parts of `spans` inside [from, to), sorted and merged where they touch or overlap. */
export function clipSpans(spans: readonly Span[], from: number, to: number): Span[] {
  const inside = spans
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of inside) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
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
