// Overlapping codings become non-overlapping segments, each with the set of ranges covering it,
// so a paragraph renders as a flat run of spans: nested or crossing codings never need nested
// markup, and every span's text is a contiguous slice of the paragraph.

export interface RangeRef {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Ids of the ranges covering the whole segment, in the order the ranges were given. */
  readonly ids: readonly string[];
}

/**
 * Cuts [from, to) at every range boundary inside it. Every character of [from, to) is in
 * exactly one segment; segments with no covering range have empty `ids`.
 */
export function segmentRange(from: number, to: number, ranges: readonly RangeRef[]): Segment[] {
  if (to <= from) return [];
  const inside = ranges.filter((r) => r.start < to && r.end > from && r.end > r.start);
  const cuts = new Set<number>([from, to]);
  for (const r of inside) {
    if (r.start > from) cuts.add(r.start);
    if (r.end < to) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const ids = inside.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    const prev = out[out.length - 1];
    // Adjacent segments with the same cover merge (a range ending where an identical one starts).
    if (prev && prev.end === start && sameIds(prev.ids, ids)) {
      out[out.length - 1] = { start: prev.start, end, ids: prev.ids };
    } else out.push({ start, end, ids });
  }
  return out;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * For each paragraph, the ranges that touch it. Ranges are placed by binary search, so the cost
 * is the number of (range, paragraph) pairs, not ranges × paragraphs.
 */
export function rangesByParagraph<R extends RangeRef>(
  paragraphs: readonly { readonly start: number; readonly end: number }[],
  ranges: readonly R[],
): R[][] {
  const out: R[][] = paragraphs.map(() => []);
  for (const r of ranges) {
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((paragraphs[mid] as { end: number }).end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paragraphs.length; i++) {
      const p = paragraphs[i] as { start: number; end: number };
      if (p.start >= r.end) break;
      (out[i] as R[]).push(r);
    }
  }
  return out;
}
