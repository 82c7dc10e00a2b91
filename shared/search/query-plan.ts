// One query over the index, split into its pure steps so that a search can match documents as
// they are read (the first search after opening: hits shown before every key pack is in) and
// still give, once all are read, exactly the answer of a search over the loaded index: both
// paths go through matchDocument and assembleResult.
import type { DocumentId } from '../model/ids';
import { hitContext } from './context';
import type { IndexedText } from './indexed-text';
import { compileQuery, matchTerm, type Term } from './match';
import type { SearchHit, SearchOptions, SearchResult } from './search-index';

export interface QueryPlan {
  readonly terms: readonly Term[];
  readonly subset: ReadonlySet<DocumentId> | null;
  readonly maxHits: number;
  readonly contextChars: number;
  readonly wholeWord: boolean;
}

/** A document's hit ranges (UTF-16, ascending), or null when it does not match. */
export type DocumentMatch = readonly (readonly [number, number])[] | null;

export const EMPTY_RESULT: SearchResult = {
  hits: [],
  total: 0,
  perDocument: new Map(),
  truncated: false,
};

/** The compiled query, or null when it has no term (nothing to find). */
export function planQuery(query: string, options: SearchOptions = {}): QueryPlan | null {
  const terms = compileQuery(query, options.mode ?? 'phrase');
  if (terms.length === 0) return null;
  return {
    terms,
    subset: options.documentIds ? new Set(options.documentIds) : null,
    maxHits: Math.max(0, options.maxHits ?? 1000),
    contextChars: Math.max(0, options.contextChars ?? 60),
    wholeWord: options.wholeWord ?? false,
  };
}

/** Whether the plan searches this document at all (a case filter leaves others out). */
export function inScope(plan: QueryPlan, id: DocumentId): boolean {
  return !plan.subset || plan.subset.has(id);
}

export function matchDocument(doc: IndexedText, plan: QueryPlan): DocumentMatch {
  const found: (readonly [number, number])[] = [];
  // All words: a document counts only when every word occurs in it.
  let every = true;
  for (const term of plan.terms) {
    const before = found.length;
    for (const m of matchTerm(doc, term, plan.wholeWord)) found.push(m);
    if (found.length === before) every = false;
  }
  if (!every || found.length === 0) return null;
  if (plan.terms.length > 1) found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return found;
}

/**
 * The result over the documents matched so far, in display order: hits with context up to
 * maxHits, every hit counted. `docOf` gives the text a match was made on (for the context).
 */
export function assembleResult(
  order: readonly DocumentId[],
  matchOf: (id: DocumentId) => DocumentMatch | undefined,
  docOf: (id: DocumentId) => IndexedText | undefined,
  plan: QueryPlan,
): SearchResult {
  const hits: SearchHit[] = [];
  const perDocument = new Map<DocumentId, number>();
  let total = 0;
  for (const id of order) {
    const found = matchOf(id);
    const doc = found ? docOf(id) : undefined;
    if (!found || !doc) continue;
    total += found.length;
    perDocument.set(id, found.length);
    for (const [start, end] of found) {
      if (hits.length >= plan.maxHits) break;
      hits.push({ documentId: id, start, end, ...hitContext(doc, start, end, plan.contextChars) });
    }
  }
  return { hits, total, perDocument, truncated: total > hits.length };
}
