// Sources and references per code, rolled up the tree: the numbers of the study's Table 2, its
// charts, the report table, the CLI and every export. Pure: plain arrays in, rows out.
import type { Case, CaseId, Code, CodeId, CoderId, Coding, Document, DocumentId } from '../model';
import { codeTree, type ThemeLevel, type TreeNode } from './code-tree';

export type { ThemeLevel } from './code-tree';

/**
 * 'paper': a parent's references are its own codings plus the sum of its children's, as the
 * published table counts (a passage coded with two sibling themes counts twice in their parent).
 * 'distinct': a passage — the same document and the identical [start, end) — counts once per code,
 * however many codings of the subtree cover it (also two identical codings on one code).
 * Sources are distinct documents under both conventions.
 */
export type Convention = 'paper' | 'distinct';

/** What the analysis needs of a document: `DocumentMeta` and `Document` both fit. */
export type AnalysisDocument = Pick<Document, 'id' | 'title' | 'caseId'>;

export interface FrequencyFilter {
  readonly documentIds?: ReadonlySet<DocumentId>;
  /** Keeps documents whose case passes; a document without a case is left out when this is set. */
  readonly caseFilter?: (c: Case) => boolean;
  /** Only codings by these coders (null: codings without a coder); all coders when absent. */
  readonly coderIds?: ReadonlySet<CoderId | null>;
}

export interface FrequencyInput {
  readonly codes: readonly Code[];
  readonly codings: readonly Coding[];
  readonly documents: readonly AnalysisDocument[];
  readonly cases?: readonly Case[];
  readonly convention: Convention;
  readonly filter?: FrequencyFilter;
}

export interface FrequencyRow {
  readonly id: CodeId;
  readonly parentId: CodeId | null;
  readonly name: string;
  readonly color: string;
  /** Names from the root down to this code. */
  readonly path: readonly string[];
  /** 0 for roots. */
  readonly depth: number;
  readonly level: ThemeLevel;
  /** Distinct documents with a coding on this code or below. */
  readonly sources: number;
  /** Distinct cases of those documents. */
  readonly cases: number;
  /** The source documents, in the order of `documents`, and their titles in the same order. */
  readonly sourceIds: readonly DocumentId[];
  readonly sourceLabels: readonly string[];
  /** Codings (paper) or distinct passages (distinct) on this code and below. */
  readonly references: number;
  /** The same, counting only codings directly on this code. */
  readonly ownReferences: number;
  /** 100 × references / all references in scope (0 when there are none). */
  readonly percentOfAll: number;
  /** 100 × references / the parent's references; roots use all references. */
  readonly percentOfParent: number;
}

export interface FrequencyTable {
  readonly rows: readonly FrequencyRow[];
  /** Documents in scope after the filter. */
  readonly documents: number;
  /** All references in scope under the convention (the denominator of percentOfAll). */
  readonly references: number;
  readonly convention: Convention;
}

/** The documents the filter keeps, in input order. */
export function documentsInScope(
  input: Pick<FrequencyInput, 'documents' | 'cases' | 'filter'>,
): AnalysisDocument[] {
  const { documents, cases = [], filter } = input;
  const caseById = new Map<CaseId, Case>(cases.map((c) => [c.id, c]));
  return documents.filter((d) => {
    if (filter?.documentIds && !filter.documentIds.has(d.id)) return false;
    if (filter?.caseFilter) {
      const c = d.caseId === null ? undefined : caseById.get(d.caseId);
      if (!c || !filter.caseFilter(c)) return false;
    }
    return true;
  });
}

/**
 * Per code: coding counts in the in-scope documents that have any (indexes into `scope`,
 * ascending), and under the distinct convention the distinct passages there. Sparse: only the
 * (code, document) pairs actually present, so the cost grows with the codings, not with
 * documents × codes (dense per-document arrays measured 337 ms at 5,000 documents × 400 codes ×
 * 500k codings; bench/README.md).
 */
export interface Tally {
  /** In-scope document indexes with at least one coding, ascending. */
  readonly docs: Int32Array;
  /** Codings per document of `docs` (same order). */
  readonly count: Int32Array;
  /** Distinct passages per document of `docs`; null under the paper convention. */
  readonly passages: Int32Array | null;
  /** Sums of `count` and of `passages` (0 when null). */
  readonly totalCount: number;
  readonly totalPassages: number;
}

/** Index of `doc` in a tally's `docs`, or -1. */
function tallySlot(t: Tally, doc: number): number {
  let lo = 0;
  let hi = t.docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t.docs[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return t.docs[lo] === doc ? lo : -1;
}

/** References of a tally, in one document (its index in `scope`) or all. */
export function tallyReferences(t: Tally, convention: Convention, doc?: number): number {
  const distinct = convention === 'distinct' && t.passages !== null;
  if (doc === undefined) return distinct ? t.totalPassages : t.totalCount;
  const at = tallySlot(t, doc);
  if (at < 0) return 0;
  return ((distinct ? t.passages : t.count) as Int32Array)[at] as number;
}

/**
 * A passage — one document's exact [start, end) — as a dense integer, the same for the same
 * passage. Interned, not packed into one number: two offsets up to a text's length (imports
 * allow more than 2^26 units) do not fit side by side in a safe integer.
 */
function passageInterner(): (doc: number, start: number, end: number) => number {
  const byDoc = new Map<number, Map<number, Map<number, number>>>();
  let next = 0;
  return (doc, start, end) => {
    let byStart = byDoc.get(doc);
    if (!byStart) byDoc.set(doc, (byStart = new Map()));
    let byEnd = byStart.get(start);
    if (!byEnd) byStart.set(start, (byEnd = new Map()));
    let id = byEnd.get(end);
    if (id === undefined) byEnd.set(end, (id = next++));
    return id;
  };
}

export interface Tallies {
  readonly tree: readonly TreeNode[];
  readonly scope: readonly AnalysisDocument[];
  readonly subtree: ReadonlyMap<CodeId, Tally>;
  readonly own: ReadonlyMap<CodeId, Tally>;
  readonly all: Tally;
}

/** The codings in scope, as parallel columns: tree index of the code, scope index, passage. */
interface Columns {
  readonly code: Int32Array;
  readonly doc: Int32Array;
  readonly passage: Int32Array | null;
  readonly passages: number;
}

function columnsOf(
  input: FrequencyInput,
  codeIndex: ReadonlyMap<CodeId, number>,
  docIndex: ReadonlyMap<DocumentId, number>,
): Columns {
  const distinct = input.convention === 'distinct';
  const n = input.codings.length;
  const code = new Int32Array(n);
  const doc = new Int32Array(n);
  const passage = distinct ? new Int32Array(n) : null;
  const internPassage = passageInterner();
  let passages = 0;
  let m = 0;
  const coders = input.filter?.coderIds;
  // The store hands codings over document by document: the last document's index is reused.
  let lastDoc: DocumentId | null = null;
  let lastIndex: number | undefined;
  for (const c of input.codings) {
    if (coders && !coders.has(c.coderId)) continue;
    const ci = codeIndex.get(c.codeId);
    if (c.documentId !== lastDoc) {
      lastDoc = c.documentId;
      lastIndex = docIndex.get(lastDoc);
    }
    const di = lastIndex;
    // Codings on unknown codes or out-of-scope documents do not count anywhere.
    if (ci === undefined || di === undefined) continue;
    code[m] = ci;
    doc[m] = di;
    if (passage) {
      const p = internPassage(di, c.start, c.end);
      if (p === passages) passages++;
      passage[m] = p;
    }
    m++;
  }
  return {
    code: code.subarray(0, m),
    doc: doc.subarray(0, m),
    passage: passage ? passage.subarray(0, m) : null,
    passages,
  };
}

/**
 * Tallies ranges of the codings sorted by the tree index of their code (`doc` and `passage` in
 * that order). Each range is counted with one scratch array per document, reset through the
 * stack of documents it touched; a passage counts once per tally by stamping it with the
 * tally's number. Typed arrays only, read in order: ~5 passes over 500k codings stay in tens of ms.
 */
function rangeCounter(
  doc: Int32Array,
  passage: Int32Array | null,
  passages: number,
  documents: number,
) {
  const scratch = new Int32Array(documents);
  const scratchPassages = new Int32Array(documents);
  const touched = new Int32Array(documents);
  const mark = new Int32Array(passages).fill(-1);
  let stamp = 0;
  return (from: number, to: number): Tally => {
    let n = 0;
    const s = stamp++;
    for (let j = from; j < to; j++) {
      const d = doc[j] as number;
      if (scratch[d] === 0) touched[n++] = d;
      scratch[d] = (scratch[d] as number) + 1;
      if (passage) {
        const p = passage[j] as number;
        if (mark[p] !== s) {
          mark[p] = s;
          scratchPassages[d] = (scratchPassages[d] as number) + 1;
        }
      }
    }
    const docs = touched.slice(0, n).sort();
    const count = new Int32Array(n);
    const perDoc = passage ? new Int32Array(n) : null;
    let totalCount = 0;
    let totalPassages = 0;
    for (let i = 0; i < n; i++) {
      const d = docs[i] as number;
      count[i] = scratch[d] as number;
      totalCount += scratch[d] as number;
      scratch[d] = 0;
      if (perDoc) {
        perDoc[i] = scratchPassages[d] as number;
        totalPassages += scratchPassages[d] as number;
        scratchPassages[d] = 0;
      }
    }
    return { docs, count, passages: perDoc, totalCount, totalPassages };
  };
}

/**
 * The codings sorted by the tree index of their code (a counting sort) and where each code's
 * run starts: in pre-order a code's subtree is the run of tree indexes [i, i + size), so its
 * codings, and those of every code below it, are one contiguous range.
 */
function sortByCode(code: Int32Array, codes: number): { order: Int32Array; at: Int32Array } {
  const at = new Int32Array(codes + 1);
  for (const c of code) at[c + 1] = (at[c + 1] as number) + 1;
  for (let i = 0; i < codes; i++) at[i + 1] = (at[i + 1] as number) + (at[i] as number);
  const fill = at.slice(0, codes);
  const order = new Int32Array(code.length);
  for (let k = 0; k < code.length; k++) {
    const c = code[k] as number;
    const to = fill[c] as number;
    order[to] = k;
    fill[c] = to + 1;
  }
  return { order, at };
}

/** Tree indexes one past each node's subtree (pre-order: the next node no deeper than it). */
function subtreeEnds(tree: readonly TreeNode[]): Int32Array {
  const end = new Int32Array(tree.length).fill(tree.length);
  const open: number[] = [];
  tree.forEach((node, i) => {
    while (
      open.length > 0 &&
      (tree[open[open.length - 1] as number] as TreeNode).depth >= node.depth
    )
      end[open.pop() as number] = i;
    open.push(i);
  });
  return end;
}

/** Each in-scope coding counted on its code, on every code above it, and in the total. */
export function tallyCodings(input: FrequencyInput): Tallies {
  const tree = codeTree(input.codes);
  const scope = documentsInScope(input);
  const docIndex = new Map<DocumentId, number>(scope.map((d, i) => [d.id, i]));
  const codeIndex = new Map<CodeId, number>(tree.map((node, i) => [node.code.id, i]));
  const cols = columnsOf(input, codeIndex, docIndex);
  const { order, at } = sortByCode(cols.code, tree.length);
  // The columns in sorted order once, so every range below reads memory in sequence (a plain
  // loop: Int32Array.from with a mapping function measured ~10x slower).
  const m = order.length;
  const doc = new Int32Array(m);
  const passage = cols.passage ? new Int32Array(m) : null;
  for (let j = 0; j < m; j++) {
    const k = order[j] as number;
    doc[j] = cols.doc[k] as number;
    if (passage && cols.passage) passage[j] = cols.passage[k] as number;
  }
  const ends = subtreeEnds(tree);
  const count = rangeCounter(doc, passage, cols.passages, scope.length);
  const own = new Map<CodeId, Tally>();
  const subtree = new Map<CodeId, Tally>();
  tree.forEach((node, i) => {
    const mine = count(at[i] as number, at[i + 1] as number);
    own.set(node.code.id, mine);
    // A code without children: its subtree is itself (most codes are basic themes).
    const end = ends[i] as number;
    subtree.set(node.code.id, end === i + 1 ? mine : count(at[i] as number, at[end] as number));
  });
  return { tree, scope, subtree, own, all: count(0, doc.length) };
}

const pct = (n: number, of: number): number => (of > 0 ? (100 * n) / of : 0);

/**
 * Distinct cases of a list of scope indexes: cases numbered once, then counted with a stamp per
 * call (a Set of case ids per row cost more than the tallies at 5,000 documents × 400 codes).
 */
function caseCounter(scope: readonly AnalysisDocument[]): (docs: Int32Array) => number {
  const numbers = new Map<CaseId, number>();
  const caseOf = Int32Array.from(scope, (d) => {
    if (d.caseId === null) return -1;
    let k = numbers.get(d.caseId);
    if (k === undefined) numbers.set(d.caseId, (k = numbers.size));
    return k;
  });
  const seen = new Int32Array(numbers.size).fill(-1);
  let call = 0;
  return (docs) => {
    const s = call++;
    let n = 0;
    for (const d of docs) {
      const k = caseOf[d] as number;
      if (k >= 0 && seen[k] !== s) {
        seen[k] = s;
        n++;
      }
    }
    return n;
  };
}

/** Rows in tree order, with the totals they were computed against. */
export function computeFrequencyTable(input: FrequencyInput): FrequencyTable {
  const { tree, scope, subtree, own, all } = tallyCodings(input);
  const { convention } = input;
  const total = tallyReferences(all, convention);
  const refsOf = new Map<CodeId, number>();
  for (const n of tree) {
    const t = subtree.get(n.code.id);
    refsOf.set(n.code.id, t ? tallyReferences(t, convention) : 0);
  }
  const distinctCases = caseCounter(scope);
  const rows = tree.map((n): FrequencyRow => {
    const t = subtree.get(n.code.id);
    const sources = t ? t.docs.length : 0;
    const sourceIds = new Array<DocumentId>(sources);
    const sourceLabels = new Array<string>(sources);
    for (let k = 0; k < sources; k++) {
      const d = scope[(t as Tally).docs[k] as number] as AnalysisDocument;
      sourceIds[k] = d.id;
      sourceLabels[k] = d.title;
    }
    const references = refsOf.get(n.code.id) ?? 0;
    const parentRefs = n.depth === 0 ? total : (refsOf.get(n.code.parentId as CodeId) ?? 0);
    return {
      id: n.code.id,
      parentId: n.depth === 0 ? null : n.code.parentId,
      name: n.code.name,
      color: n.code.color,
      path: n.path,
      depth: n.depth,
      level: n.level,
      sources,
      cases: t ? distinctCases(t.docs) : 0,
      sourceIds,
      sourceLabels,
      references,
      ownReferences: (() => {
        const o = own.get(n.code.id);
        return o ? tallyReferences(o, convention) : 0;
      })(),
      percentOfAll: pct(references, total),
      percentOfParent: pct(references, parentRefs),
    };
  });
  return { rows, documents: scope.length, references: total, convention };
}

/** The rows of `computeFrequencyTable`, in tree order. */
export function computeFrequencies(input: FrequencyInput): FrequencyRow[] {
  return [...computeFrequencyTable(input).rows];
}
