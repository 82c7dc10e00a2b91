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

/** The co-occurrence matrix of `input`. Codings are grouped per document, sorted and swept. */
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
  const counts = new Int32Array(size * size);
  const hits = new Map<number, CooccurrenceHit[]>();
  const add = (a: number, b: number, hit: CooccurrenceHit): void => {
    if (a === b) return;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const k = lo * size + hi;
    counts[k] = (counts[k] as number) + 1;
    let list = hits.get(k);
    if (!list) hits.set(k, (list = []));
    list.push(hit);
  };

  const byDoc = new Map<DocumentId, Item[]>();
  for (const coding of input.codings) {
    const rows = rowsOf.get(coding.codeId);
    if (!rows || coding.end <= coding.start) continue;
    let list = byDoc.get(coding.documentId);
    if (!list) byDoc.set(coding.documentId, (list = []));
    for (const row of rows) list.push({ row, coding });
  }

  for (const [documentId, items] of byDoc) {
    if (input.mode === 'overlap') sweepOverlaps(documentId, items, add);
    else if (input.mode === 'document') documentPairs(documentId, items, add);
    else paragraphPairs(documentId, items, input.paragraphs?.get(documentId), add);
  }

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
    hits: (i, j) => hits.get(Math.min(i, j) * size + Math.max(i, j)) ?? [],
  };
}

type Add = (a: number, b: number, hit: CooccurrenceHit) => void;

/**
 * Sorted by start, each coding meets the still-open codings before it: O(n log n + pairs) per
 * document rather than comparing every pair.
 */
function sweepOverlaps(documentId: DocumentId, items: Item[], add: Add): void {
  items.sort((a, b) => a.coding.start - b.coding.start);
  let active: Item[] = [];
  for (const item of items) {
    const { start, end } = item.coding;
    active = active.filter((a) => a.coding.end > start);
    for (const a of active) {
      // The same coding under two codes of the level (a deep tree) is not a meeting of two codings.
      if (a.row === item.row || a.coding === item.coding) continue;
      add(a.row, item.row, {
        documentId,
        start,
        end: Math.min(end, a.coding.end),
        codingIds: a.row < item.row ? [a.coding.id, item.coding.id] : [item.coding.id, a.coding.id],
      });
    }
    active.push(item);
  }
}

/** Each pair of codes present in the document counts once, retrieving the whole document. */
function documentPairs(documentId: DocumentId, items: readonly Item[], add: Add): void {
  const rows = [...new Set(items.map((i) => i.row))].sort((a, b) => a - b);
  for (let x = 0; x < rows.length; x++) {
    for (let y = x + 1; y < rows.length; y++) {
      add(rows[x] as number, rows[y] as number, { documentId, start: 0, end: 0, codingIds: [] });
    }
  }
}

/** Each pair of codes touching a paragraph counts once per paragraph, retrieving the paragraph. */
function paragraphPairs(
  documentId: DocumentId,
  items: readonly Item[],
  paras: readonly Span[] | undefined,
  add: Add,
): void {
  if (!paras || paras.length === 0) {
    documentPairs(documentId, items, add);
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
  for (const [p, set] of rowsIn) {
    if (set.size < 2) continue;
    const span = paras[p] as Span;
    const rows = [...set].sort((a, b) => a - b);
    for (let x = 0; x < rows.length; x++) {
      for (let y = x + 1; y < rows.length; y++) {
        add(rows[x] as number, rows[y] as number, {
          documentId,
          start: span.start,
          end: span.end,
          codingIds: [],
        });
      }
    }
  }
}
