// Co-occurrence: which codes (at a level) meet in the same passage, paragraph or document. A
// symmetric matrix whose cells keep what they retrieve. Pure: plain arrays in, matrix out; the
// panel's heatmap and table, its CSV and the CLI read the same result.
import type { Code, CodeId, Coding, CodingId, DocumentId } from '../model';
import { codeTree, type ThemeLevel } from './code-tree';

/**
 * 'overlap': two codings on one document whose [start, end) ranges share a character.
 * 'paragraph': two codings touching the same paragraph (the transcript's paragraphs).
 * 'document': two codings anywhere in the same document.
 */
export type CooccurrenceMode = 'overlap' | 'paragraph' | 'document';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface CooccurrenceInput {
  readonly codes: readonly Code[];
  readonly codings: Iterable<Coding>;
  readonly level: ThemeLevel;
  readonly mode: CooccurrenceMode;
  /**
   * Paragraphs per document, in text order (renderer/views/transcript/paragraphs.ts splits them);
   * needed for 'paragraph'. A document without an entry is one paragraph.
   */
  readonly paragraphs?: ReadonlyMap<DocumentId, readonly Span[]>;
}

/** Where two codes meet: the overlap, the paragraph, or the whole document (start = end = 0). */
export interface CooccurrenceHit {
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  /** The coding of the row's code and the coding of the column's code (overlap mode). */
  readonly codingIds: readonly CodingId[];
}

export interface CooccurrenceCode {
  readonly id: CodeId;
  readonly name: string;
  readonly path: readonly string[];
  readonly color: string;
}

export interface CooccurrenceMatrix {
  readonly mode: CooccurrenceMode;
  readonly level: ThemeLevel;
  readonly codes: readonly CooccurrenceCode[];
  /**
   * counts[i][j] = counts[j][i]: overlapping coding pairs ('overlap'), shared paragraphs
   * ('paragraph') or shared documents ('document'). The diagonal is 0: two codings under one
   * code at this level are not a co-occurrence of two codes.
   */
  readonly counts: readonly (readonly number[])[];
  /** The largest off-diagonal count (for the heatmap's scale). */
  readonly max: number;
  /** What cell (i, j) retrieves; i ≠ j, in either order. */
  readonly hits: (i: number, j: number) => readonly CooccurrenceHit[];
}

interface Item {
  readonly row: number;
  readonly coding: Coding;
}

/** First paragraph whose end is beyond `offset` (binary search over sorted spans). */
function paragraphAt(paras: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paras.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paras[mid] as Span).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The co-occurrence matrix of `input`. Codings are grouped per document, sorted and swept;
 * `hits` sweeps again, only the two codes' codings, when a cell is opened.
 */
export function computeCooccurrence(input: CooccurrenceInput): CooccurrenceMatrix {
  const tree = codeTree(input.codes);
  const atLevel = tree.filter((n) => n.level === input.level);
  const index = new Map(atLevel.map((n, i) => [n.code.id, i]));
  const rowsOf = new Map<CodeId, number[]>();
  for (const n of tree) {
    const rows = n.lineage.flatMap((id) => {
      const i = index.get(id);
      return i === undefined ? [] : [i];
    });
    if (rows.length > 0) rowsOf.set(n.code.id, rows);
  }
  const size = atLevel.length;
  const byDoc = new Map<DocumentId, Item[]>();
  for (const coding of input.codings) {
    const rows = rowsOf.get(coding.codeId);
    if (!rows || coding.end <= coding.start) continue;
    let list = byDoc.get(coding.documentId);
    if (!list) byDoc.set(coding.documentId, (list = []));
    for (const row of rows) list.push({ row, coding });
  }
  for (const items of byDoc.values()) items.sort((a, b) => a.coding.start - b.coding.start);

  /** Runs the mode's sweep over every document, handing each meeting to `emit`. */
  const sweep = (emit: Emit, only?: (row: number) => boolean): void => {
    for (const [documentId, all] of byDoc) {
      const items = only ? all.filter((i) => only(i.row)) : all;
      if (input.mode === 'overlap') sweepOverlaps(documentId, items, emit);
      else if (input.mode === 'document') documentPairs(documentId, items, emit);
      else paragraphPairs(documentId, items, input.paragraphs?.get(documentId), emit);
    }
  };
  // Counting allocates nothing per meeting: at 100k codings the document mode alone meets
  // millions of pairs. What a cell retrieves is swept again for that pair when it is asked for.
  const counts = new Int32Array(size * size);
  sweep((a, b) => {
    const k = a < b ? a * size + b : b * size + a;
    counts[k] = (counts[k] as number) + 1;
  });
  const hits = (i: number, j: number): CooccurrenceHit[] => {
    if (i === j) return [];
    const out: CooccurrenceHit[] = [];
    sweep(
      (a, b, documentId, start, end, codingA, codingB) => {
        const ids = codingA && codingB ? [codingA, codingB] : [];
        out.push({ documentId, start, end, codingIds: a === i ? ids : ids.reverse() });
      },
      (row) => row === i || row === j,
    );
    return out;
  };

  const matrix: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  let max = 0;
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const v = counts[i * size + j] as number;
      (matrix[i] as number[])[j] = v;
      (matrix[j] as number[])[i] = v;
      if (v > max) max = v;
    }
  }
  return {
    mode: input.mode,
    level: input.level,
    codes: atLevel.map((n) => ({
      id: n.code.id,
      name: n.code.name,
      path: n.path,
      color: n.code.color,
    })),
    counts: matrix,
    max,
    hits,
  };
}

/** A meeting of rows a < b (or a > b) in a document, with the two codings when they overlap. */
type Emit = (
  a: number,
  b: number,
  documentId: DocumentId,
  start: number,
  end: number,
  codingA: CodingId | null,
  codingB: CodingId | null,
) => void;

/**
 * Sorted by start (the caller sorts), each coding meets the still-open codings before it:
 * O(n log n + pairs) per document rather than comparing every pair.
 */
function sweepOverlaps(documentId: DocumentId, items: readonly Item[], emit: Emit): void {
  let active: Item[] = [];
  for (const item of items) {
    const { start, end } = item.coding;
    active = active.filter((a) => a.coding.end > start);
    for (const a of active) {
      // The same coding under two codes of the level (a deep tree) is not a meeting of two codings.
      if (a.row === item.row || a.coding === item.coding) continue;
      emit(
        a.row,
        item.row,
        documentId,
        start,
        Math.min(end, a.coding.end),
        a.coding.id,
        item.coding.id,
      );
    }
    active.push(item);
  }
}

/** Each pair of codes present in the document counts once, retrieving the whole document. */
function documentPairs(documentId: DocumentId, items: readonly Item[], emit: Emit): void {
  const rows = [...new Set(items.map((i) => i.row))].sort((a, b) => a - b);
  for (let x = 0; x < rows.length; x++) {
    for (let y = x + 1; y < rows.length; y++) {
      emit(rows[x] as number, rows[y] as number, documentId, 0, 0, null, null);
    }
  }
}

/** Each pair of codes touching a paragraph counts once per paragraph, retrieving the paragraph. */
function paragraphPairs(
  documentId: DocumentId,
  items: readonly Item[],
  paras: readonly Span[] | undefined,
  emit: Emit,
): void {
  if (!paras || paras.length === 0) {
    documentPairs(documentId, items, emit);
    return;
  }
  const rowsIn = new Map<number, Set<number>>();
  for (const { row, coding } of items) {
    const first = paragraphAt(paras, coding.start);
    for (let p = first; p < paras.length && (paras[p] as Span).start < coding.end; p++) {
      let set = rowsIn.get(p);
      if (!set) rowsIn.set(p, (set = new Set()));
      set.add(row);
    }
  }
  const order = [...rowsIn.keys()].sort((a, b) => a - b);
  for (const p of order) {
    const set = rowsIn.get(p) as Set<number>;
    if (set.size < 2) continue;
    const span = paras[p] as Span;
    const rows = [...set].sort((a, b) => a - b);
    for (let x = 0; x < rows.length; x++) {
      for (let y = x + 1; y < rows.length; y++) {
        emit(rows[x] as number, rows[y] as number, documentId, span.start, span.end, null, null);
      }
    }
  }
}
