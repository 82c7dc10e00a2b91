// The document-set scope of the Analysis tabs, pure (issue 13.4): which documents, cases and
// codings the crosstab, co-occurrence, words and network count for a set choice. The hook is
// use-analysis-scope.ts; this module holds no React, so it is tested over the fixture directly.
import { documentsInSet } from '../../shared/analysis/document-sets';
import type { Case, Coding, DocumentId, DocumentMeta } from '../../shared/model';
import type { SetId } from '../../shared/model/sets';
import type { ProjectState } from '../../shared/store/project-store';

export interface AnalysisScope {
  readonly setId: SetId | null;
  /** The documents in scope, in the project's order (all of them without a set). */
  readonly documents: readonly DocumentMeta[];
  /**
   * The cases in scope: without a set every case (entities without documents too); with one, the
   * cases of its documents, so a crosstab of cases by attribute counts the set's cases only.
   */
  readonly cases: readonly Case[];
  /** Whether a document is in scope. */
  readonly has: (id: DocumentId) => boolean;
  /** The codings on the documents in scope (all of them without a set); a fresh iterable a call. */
  readonly codings: () => Iterable<Coding>;
}

/** The scope for a set choice over the project's state; pure, for the hooks and their tests. */
export function analysisScope(
  state: Pick<ProjectState, 'sets' | 'documents' | 'cases' | 'codings'>,
  setId: SetId | null,
): AnalysisScope {
  // As documentsInScope (use-sets.ts): a set deleted meanwhile counts as no set.
  const set = setId ? state.sets.find((s) => s.id === setId) : undefined;
  if (!set) {
    const documents = state.documents;
    return {
      setId: null,
      documents,
      cases: state.cases,
      has: () => true,
      codings: () => state.codings.values(),
    };
  }
  const documents = documentsInSet(set, state.documents, state.cases);
  const ids = new Set(documents.map((d) => d.id));
  const caseIds = new Set(documents.flatMap((d) => (d.caseId ? [d.caseId] : [])));
  return {
    setId,
    documents,
    cases: state.cases.filter((c) => caseIds.has(c.id)),
    has: (id) => ids.has(id),
    codings: () => documents.flatMap((d) => state.codings.byDocument(d.id)),
  };
}
