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
 * Per code: coding count per in-scope document (indexed like `scope`), and under the distinct
 * convention the distinct passages per document. Dense typed arrays rather than maps keyed
 * by id: 100k codings roll up in milliseconds (bench/: recompute_ms).
 */
export interface Tally {
  readonly count: Int32Array;
  /** Distinct passages per document; null under the paper convention. */
  readonly passages: Int32Array | null;
}
function newTally(documents: number, distinct: boolean): Tally {
  return {
    count: new Int32Array(documents),
    passages: distinct ? new Int32Array(documents) : null,
  };
}
/** References of a tally, in one document (its index in `scope`) or all. */
export function tallyReferences(t: Tally, convention: Convention, doc?: number): number {
  const per = convention === 'distinct' && t.passages ? t.passages : t.count;
  if (doc !== undefined) return per[doc] ?? 0;
  let n = 0;
  for (let i = 0; i < per.length; i++) n += per[i] ?? 0;
  return n;
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

/**
 * Distinct passages per tally and document. The codings are grouped by passage (a counting
 * sort), and within a group each tally is counted once, marked with the passage id: typed
 * arrays only, no set per tally (a set per tally and document cost ~10× more at 100k codings).
 */
function countPassages(
  tallies: readonly Tally[],
  items: { readonly passage: Int32Array; readonly doc: Int32Array; readonly targets: number[][] },
  passages: number,
): void {
  const { passage, doc, targets } = items;
  const start = new Int32Array(passages + 1);
  for (const p of passage) start[p + 1] = (start[p + 1] as number) + 1;
  for (let p = 0; p < passages; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
  const fill = start.slice(0, passages);
  const order = new Int32Array(passage.length);
  passage.forEach((p, k) => {
    const at = fill[p] as number;
    order[at] = k;
    fill[p] = at + 1;
  });
  const mark = new Int32Array(tallies.length).fill(-1);
  for (let p = 0; p < passages; p++) {
    for (let j = start[p] as number; j < (start[p + 1] as number); j++) {
      const k = order[j] as number;
      for (const ti of targets[k] as number[]) {
        if (mark[ti] === p) continue;
        mark[ti] = p;
        const per = (tallies[ti] as Tally).passages as Int32Array;
        per[doc[k] as number] = (per[doc[k] as number] as number) + 1;
      }
    }
  }
}

export interface Tallies {
  readonly tree: readonly TreeNode[];
  readonly scope: readonly AnalysisDocument[];
  readonly subtree: ReadonlyMap<CodeId, Tally>;
  readonly own: ReadonlyMap<CodeId, Tally>;
  readonly all: Tally;
}

/** One pass over the codings: each in-scope coding is added to its code and every ancestor. */
export function tallyCodings(input: FrequencyInput): Tallies {
  const tree = codeTree(input.codes);
  const scope = documentsInScope(input);
  const distinct = input.convention === 'distinct';
  const docIndex = new Map<DocumentId, number>(scope.map((d, i) => [d.id, i]));
  // Tally i: 0 all, 1 + code index own, 1 + n + code index subtree.
  const n = tree.length;
  const tallies = Array.from({ length: 1 + 2 * n }, () => newTally(scope.length, distinct));
  const codeIndex = new Map<CodeId, number>(tree.map((node, i) => [node.code.id, i]));
  const targetsOf = tree.map((node, i) => [
    0,
    1 + i,
    ...node.lineage.flatMap((id) => {
      const a = codeIndex.get(id);
      return a === undefined ? [] : [1 + n + a];
    }),
  ]);
  const internPassage = passageInterner();
  let passages = 0;
  const items = { passage: [] as number[], doc: [] as number[], targets: [] as number[][] };
  const coders = input.filter?.coderIds;
  for (const c of input.codings) {
    if (coders && !coders.has(c.coderId)) continue;
    const ci = codeIndex.get(c.codeId);
    const di = docIndex.get(c.documentId);
    // Codings on unknown codes or out-of-scope documents do not count anywhere.
    if (ci === undefined || di === undefined) continue;
    const targets = targetsOf[ci] as number[];
    for (const ti of targets) {
      const count = (tallies[ti] as Tally).count;
      count[di] = (count[di] as number) + 1;
    }
    if (distinct) {
      const p = internPassage(di, c.start, c.end);
      if (p === passages) passages++;
      items.passage.push(p);
      items.doc.push(di);
      items.targets.push(targets);
    }
  }
  if (distinct) {
    const typed = {
      ...items,
      passage: Int32Array.from(items.passage),
      doc: Int32Array.from(items.doc),
    };
    countPassages(tallies, typed, passages);
  }
  const subtree = new Map<CodeId, Tally>(
    tree.map((node, i) => [node.code.id, tallies[1 + n + i] as Tally]),
  );
  const own = new Map<CodeId, Tally>(
    tree.map((node, i) => [node.code.id, tallies[1 + i] as Tally]),
  );
  return { tree, scope, subtree, own, all: tallies[0] as Tally };
}

const pct = (n: number, of: number): number => (of > 0 ? (100 * n) / of : 0);

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
  const rows = tree.map((n): FrequencyRow => {
    const t = subtree.get(n.code.id);
    const sourceDocs = t ? scope.filter((_d, i) => (t.count[i] ?? 0) > 0) : [];
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
      sources: sourceDocs.length,
      cases: new Set(sourceDocs.flatMap((d) => (d.caseId === null ? [] : [d.caseId]))).size,
      sourceIds: sourceDocs.map((d) => d.id),
      sourceLabels: sourceDocs.map((d) => d.title),
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
