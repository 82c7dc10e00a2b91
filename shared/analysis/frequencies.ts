// Sources and references per code, rolled up the tree: the numbers of the study's Table 2, its
// charts, the report table, the CLI and every export. Pure: plain arrays in, rows out.
import type { Case, CaseId, Code, CodeId, Coding, Document, DocumentId } from '../model';
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
 * convention the distinct passage keys per document. Dense typed arrays rather than maps keyed
 * by id: 100k codings roll up in milliseconds (bench/: recompute_ms).
 */
export interface Tally {
  readonly count: Int32Array;
  readonly passages: Map<number, Set<number>> | null;
}
function newTally(documents: number, distinct: boolean): Tally {
  return { count: new Int32Array(documents), passages: distinct ? new Map() : null };
}
function addPassage(t: Tally, doc: number, key: number): void {
  let set = t.passages?.get(doc);
  if (!set) {
    set = new Set<number>();
    t.passages?.set(doc, set);
  }
  set.add(key);
}
/** References of a tally, in one document (its index in `scope`) or all. */
export function tallyReferences(t: Tally, convention: Convention, doc?: number): number {
  if (convention === 'distinct' && t.passages) {
    if (doc !== undefined) return t.passages.get(doc)?.size ?? 0;
    let n = 0;
    for (const v of t.passages.values()) n += v.size;
    return n;
  }
  if (doc !== undefined) return t.count[doc] ?? 0;
  let n = 0;
  for (let i = 0; i < t.count.length; i++) n += t.count[i] ?? 0;
  return n;
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
  const fresh = () => newTally(scope.length, distinct);
  const subtreeOf = tree.map(fresh);
  const ownOf = tree.map(fresh);
  const all = fresh();
  const codeIndex = new Map<CodeId, number>(tree.map((n, i) => [n.code.id, i]));
  const lineageOf = tree.map((n) =>
    n.lineage.flatMap((id) => {
      const i = codeIndex.get(id);
      return i === undefined ? [] : [i];
    }),
  );
  for (const c of input.codings) {
    const ci = codeIndex.get(c.codeId);
    const di = docIndex.get(c.documentId);
    // Codings on unknown codes or out-of-scope documents do not count anywhere.
    if (ci === undefined || di === undefined) continue;
    // A passage is its [start, end) in the document: one exact number (texts stay under 2^26 units).
    const key = distinct ? c.start * 2 ** 26 + c.end : null;
    const targets = [
      all,
      ownOf[ci] as Tally,
      ...(lineageOf[ci] ?? []).map((a) => subtreeOf[a] as Tally),
    ];
    for (const t of targets) {
      t.count[di] = (t.count[di] ?? 0) + 1;
      if (key !== null) addPassage(t, di, key);
    }
  }
  const subtree = new Map<CodeId, Tally>(tree.map((n, i) => [n.code.id, subtreeOf[i] as Tally]));
  const own = new Map<CodeId, Tally>(tree.map((n, i) => [n.code.id, ownOf[i] as Tally]));
  return { tree, scope, subtree, own, all };
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
