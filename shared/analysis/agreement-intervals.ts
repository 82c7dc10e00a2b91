// Interval arithmetic for agreement: what two coders coded in one document for one code, as
// sorted, merged, half-open intervals. Counting characters this way costs O(codings log codings)
// instead of a pass over every character of every document.

/** A half-open interval [start, end); `start < end`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sorted, non-overlapping, non-touching intervals covering the same points as `spans`. */
export function mergeSpans(spans: readonly Span[]): readonly Span[] {
  // Most code × document pairs hold one coding per coder: nothing to sort or merge.
  if (spans.length === 1 && (spans[0] as Span).end > (spans[0] as Span).start) return spans;
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

/** The parts of merged `a` that merged `b` does not cover, in order (linear: two pointers). */
export function subtractSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const x of a) {
    let start = x.start;
    while (j < b.length && (b[j] as Span).end <= start) j++;
    let k = j;
    while (k < b.length && (b[k] as Span).start < x.end) {
      const y = b[k] as Span;
      if (y.start > start) out.push({ start, end: y.start });
      start = Math.max(start, y.end);
      k++;
    }
    if (start < x.end) out.push({ start, end: x.end });
  }
  return out;
}

/**
 * The runs where exactly one list covers: a − b and b − a, in order. Both inputs must be merged
 * (so runs of one side never touch each other: a gap or the other side lies between).
 */
export function exclusiveRuns(a: readonly Span[], b: readonly Span[]): SideRun[] {
  const onlyA = subtractSpans(a, b);
  const onlyB = subtractSpans(b, a);
  const out: SideRun[] = [];
  let i = 0;
  let j = 0;
  while (i < onlyA.length || j < onlyB.length) {
    const x = onlyA[i];
    const y = onlyB[j];
    if (x && (!y || x.start < y.start)) {
      out.push({ start: x.start, end: x.end, side: 'a' });
      i++;
    } else if (y) {
      out.push({ start: y.start, end: y.end, side: 'b' });
      j++;
    }
  }
  return out;
}
