// Interval arithmetic for agreement: what two coders coded in one document for one code, as
// sorted, merged, half-open intervals. Counting characters this way costs O(codings log codings)
// instead of a pass over every character of every document.

/** A half-open interval [start, end); `start < end`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sorted, non-overlapping, non-touching intervals covering the same points as `spans`. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const s of sorted) {
    if (cur && s.start <= cur.end) {
      if (s.end > cur.end) cur.end = s.end;
      continue;
    }
    if (cur) out.push(cur);
    cur = { start: s.start, end: s.end };
  }
  if (cur) out.push(cur);
  return out;
}

/** Total length of merged spans, each measured by `measure` (identity: the span's own length). */
export function spansLength(merged: readonly Span[], measure?: (s: Span) => number): number {
  let n = 0;
  for (const s of merged) n += measure ? measure(s) : s.end - s.start;
  return n;
}

/** The intersection of two merged span lists (itself merged). */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** A maximal run covered by exactly one of the two lists, and which one. */
export interface SideRun extends Span {
  readonly side: 'a' | 'b';
}

/**
 * The runs where exactly one list covers: the symmetric difference, split where the covering
 * side changes. Both inputs must be merged; the runs come out in order.
 */
export function exclusiveRuns(a: readonly Span[], b: readonly Span[]): SideRun[] {
  // A sweep over the boundaries: at each, the coverage of a and of b may change.
  const points: number[] = [];
  for (const s of a) points.push(s.start, s.end);
  for (const s of b) points.push(s.start, s.end);
  points.sort((x, y) => x - y);
  const out: SideRun[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] as number;
    const to = points[k + 1] as number;
    if (to <= from) continue;
    while (i < a.length && (a[i] as Span).end <= from) i++;
    while (j < b.length && (b[j] as Span).end <= from) j++;
    const inA = i < a.length && (a[i] as Span).start <= from;
    const inB = j < b.length && (b[j] as Span).start <= from;
    if (inA === inB) continue;
    const side = inA ? 'a' : 'b';
    const last = out[out.length - 1];
    if (last && last.side === side && last.end === from) {
      out[out.length - 1] = { start: last.start, end: to, side };
    } else out.push({ start: from, end: to, side });
  }
  return out;
}
