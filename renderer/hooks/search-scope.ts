// Which documents the text search looks in (issue 13.4), pure: the case filter of the search form
// and the shared set scope together. null means every document, so the unscoped search keeps its
// fast path; a list (possibly empty) limits the hits and the "N of M documents" progress to it.
import type { CaseId, DocumentId, DocumentMeta } from '../../shared/model';
import type { AnalysisScope } from './analysis-scope';

export function searchDocumentIds(
  documents: readonly Pick<DocumentMeta, 'id' | 'caseId'>[],
  caseId: CaseId | null,
  scope: Pick<AnalysisScope, 'setId' | 'has'>,
): readonly DocumentId[] | null {
  if (caseId === null && scope.setId === null) return null;
  return documents
    .filter((d) => (caseId === null || d.caseId === caseId) && scope.has(d.id))
    .map((d) => d.id);
}
