// The two coders' codings of an agreement, grouped by (document, code) without a map per
// document: parallel typed arrays, counted into documents (a counting sort) and sorted by code and
// start within each document. At 100k codings this replaces ~70k small objects in nested maps
// (the cost that kept agreement over its 200 ms target in the page, bench/analysis-page.ts).
import type { CodeId, CoderId, Coding, DocumentId } from '../model';

export interface CodingGroups {
  /** Number of (document, code) groups, in document order then code order. */
  readonly count: number;
  /** Per group: the document's and the code's index in the lists given. */
  readonly doc: Int32Array;
  readonly code: Int32Array;
  /** Per group g: its codings are entries from[g] … from[g + 1] − 1 (count + 1 long). */
  readonly from: Int32Array;
  /** Per entry, sorted by start within a group: UTF-16 offsets clamped to the text, and the side. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 0: coder A, 1: coder B. */
  readonly side: Uint8Array;
}

export interface GroupingInput {
  readonly codings: Iterable<Coding>;
  readonly coderA: CoderId;
  readonly coderB: CoderId;
  readonly docIndex: ReadonlyMap<DocumentId, number>;
  /** The UTF-16 length of each document's text, by document index. */
  readonly textLengths: readonly number[];
  readonly codeIndex: ReadonlyMap<CodeId, number>;
  /** Above every index of codeIndex (the length of the codes list it indexes). */
  readonly codeCount: number;
}

/** A stable counting sort of `order` by `key[order[i]]` (keys 0 … size − 1). */
function countingSort(order: Int32Array, key: Int32Array, size: number): Int32Array {
  const first = new Int32Array(size + 1);
  for (let i = 0; i < order.length; i++) {
    const k = (key[order[i] as number] as number) + 1;
    first[k] = (first[k] as number) + 1;
  }
  for (let k = 0; k < size; k++) first[k + 1] = (first[k + 1] as number) + (first[k] as number);
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const o = order[i] as number;
    const k = key[o] as number;
    const at = first[k] as number;
    out[at] = o;
    first[k] = at + 1;
  }
  return out;
}

/** Growable columns of the kept codings (no object per coding). */
class Columns {
  length = 0;
  doc = new Int32Array(1024);
  code = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  side = new Uint8Array(1024);
  push(d: number, k: number, s: number, e: number, side: number): void {
    if (this.length === this.doc.length) this.grow();
    const i = this.length++;
    this.doc[i] = d;
    this.code[i] = k;
    this.start[i] = s;
    this.end[i] = e;
    this.side[i] = side;
  }
  private grow(): void {
    const size = this.doc.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.doc = more(this.doc, (n) => new Int32Array(n));
    this.code = more(this.code, (n) => new Int32Array(n));
    this.start = more(this.start, (n) => new Int32Array(n));
    this.end = more(this.end, (n) => new Int32Array(n));
    this.side = more(this.side, (n) => new Uint8Array(n));
  }
}

/** Groups the codings of coderA and coderB on known documents and codes; empty spans dropped. */
export function groupCodings(input: GroupingInput): CodingGroups {
  const { coderA, coderB, docIndex, codeIndex, textLengths } = input;
  const cols = new Columns();
  for (const c of input.codings) {
    const side = c.coderId === coderA ? 0 : c.coderId === coderB ? 1 : -1;
    if (side < 0) continue;
    const d = docIndex.get(c.documentId);
    const k = codeIndex.get(c.codeId);
    if (d === undefined || k === undefined) continue;
    const start = Math.max(0, c.start);
    const end = Math.min(textLengths[d] as number, c.end);
    if (end > start) cols.push(d, k, start, end, side);
  }
  const n = cols.length;
  // Two stable counting sorts (by code, then by document): document, then code, order kept.
  let order: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order = countingSort(order, cols.code, input.codeCount);
  order = countingSort(order, cols.doc, textLengths.length);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const side = new Uint8Array(n);
  const groupDoc: number[] = [];
  const groupCode: number[] = [];
  const from: number[] = [];
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    const d = cols.doc[i] as number;
    const k = cols.code[i] as number;
    const last = groupDoc.length - 1;
    if (last < 0 || groupDoc[last] !== d || groupCode[last] !== k) {
      groupDoc.push(d);
      groupCode.push(k);
      from.push(p);
    }
    // Insertion by start within the group (a group holds a few codings).
    const s = cols.start[i] as number;
    let q = p;
    const first = from[from.length - 1] as number;
    while (q > first && (start[q - 1] as number) > s) {
      start[q] = start[q - 1] as number;
      end[q] = end[q - 1] as number;
      side[q] = side[q - 1] as number;
      q--;
    }
    start[q] = s;
    end[q] = cols.end[i] as number;
    side[q] = cols.side[i] as number;
  }
  from.push(n);
  return {
    count: groupDoc.length,
    doc: Int32Array.from(groupDoc),
    code: Int32Array.from(groupCode),
    from: Int32Array.from(from),
    start,
    end,
    side,
  };
}
