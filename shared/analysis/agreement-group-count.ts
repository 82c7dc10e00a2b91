// Counting one (document, code) table of an agreement from its grouped codings
// (agreement-groups.ts): the runs only one coder coded become the "only" cells and the
// disagreement passages, with no span list built when one coder alone coded there (most tables).
import type { CodeId } from '../model';
import { utf16ToCodePointMany } from '../text/offsets';
import type { DisagreementPassage, PreparedDocument } from './agreement';
import type { CodingGroups } from './agreement-groups';
import { exclusiveRuns, spansLength, type Span } from './agreement-intervals';

/** Merged spans of one side of a group (its entries are sorted by start): no sort needed. */
function mergedSide(g: CodingGroups, from: number, to: number, side: number): Span[] {
  const out: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (let p = from; p < to; p++) {
    if (g.side[p] !== side) continue;
    const s = g.start[p] as number;
    const e = g.end[p] as number;
    if (cur && s <= cur.end) {
      if (e > cur.end) cur.end = e;
      continue;
    }
    cur = { start: s, end: e };
    out.push(cur);
  }
  return out;
}

/** The length of [start, end) in code points. */
export type Measure = (start: number, end: number) => number;
export const UTF16: Measure = (start, end) => end - start;

/** Code-point length of a span of UTF-16 offsets, through the endpoints of one document's groups. */
export function measureOf(
  doc: PreparedDocument,
  g: CodingGroups,
  from: number,
  to: number,
): Measure {
  if (!doc.astral) return UTF16;
  const offsets: number[] = [];
  for (let p = from; p < to; p++) offsets.push(g.start[p] as number, g.end[p] as number);
  const cps = utf16ToCodePointMany(doc.text, offsets);
  const map = new Map<number, number>();
  offsets.forEach((o, k) => map.set(o, cps[k] as number));
  return (start, end) => (map.get(end) as number) - (map.get(start) as number);
}

/** One (document, code) table being counted: reused from group to group (no closure each). */
export interface GroupWork {
  doc: PreparedDocument;
  codeId: CodeId;
  measure: Measure;
  onlyA: number;
  onlyB: number;
  readonly passages: DisagreementPassage[];
}

/** A run only one coder coded: counted on their side and listed as a passage. */
function emit(w: GroupWork, side: 'a' | 'b', start: number, end: number): void {
  const characters = w.measure(start, end);
  if (side === 'a') w.onlyA += characters;
  else w.onlyB += characters;
  w.passages.push({
    codeId: w.codeId,
    documentId: w.doc.id,
    coder: side,
    start,
    end,
    characters,
    text: w.doc.text.slice(start, end),
  });
}

/** Counts one group into `w`; returns the characters both coders coded. */
export function countGroup(w: GroupWork, g: CodingGroups, from: number, to: number): number {
  let sides = 0;
  for (let p = from; p < to; p++) sides |= 1 << (g.side[p] as number);
  if (sides === 3) {
    // Both coders: the runs where exactly one coded give both "only" cells and the passages;
    // "both" is what is left of A's characters.
    const a = mergedSide(g, from, to, 0);
    const b = mergedSide(g, from, to, 1);
    for (const run of exclusiveRuns(a, b)) emit(w, run.side, run.start, run.end);
    return spansLength(a, (s) => w.measure(s.start, s.end)) - w.onlyA;
  }
  // One coder alone (most groups): their merged spans are the disagreement, read off the sorted
  // entries without building span lists.
  const side = sides === 1 ? 'a' : 'b';
  let s0 = g.start[from] as number;
  let e0 = g.end[from] as number;
  for (let p = from + 1; p < to; p++) {
    const s1 = g.start[p] as number;
    const e1 = g.end[p] as number;
    if (s1 <= e0) {
      if (e1 > e0) e0 = e1;
    } else {
      emit(w, side, s0, e0);
      s0 = s1;
      e0 = e1;
    }
  }
  emit(w, side, s0, e0);
  return 0;
}
