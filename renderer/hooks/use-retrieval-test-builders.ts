// A retrieved passage's row for tests (builders with overrides, as shared/db/test-builders.ts):
// a valid row by default; pass what the test is about. For tests only.
import type { RetrievedPassage } from '../../shared/analysis/retrieval';
import type { CodeId, CodingId, DocumentId, DocumentMeta, ProjectId } from '../../shared/model';
import type { RetrievalRow } from './use-retrieval';

/** A passage [10, 18) of a Persian document, one code, no case, no memo, its text not loaded. */
export function buildRetrievalRow(
  o: {
    readonly document?: Partial<DocumentMeta>;
    readonly passage?: Partial<RetrievedPassage>;
  } & Partial<Omit<RetrievalRow, 'document' | 'passage'>> = {},
): RetrievalRow {
  const document: DocumentMeta = {
    id: 'd1' as DocumentId,
    projectId: 'p' as ProjectId,
    title: 'مصاحبه ۱',
    direction: 'rtl',
    caseId: null,
    createdAt: 0,
    length: 100,
    ...o.document,
  };
  return {
    key: `${document.id}:10:18`,
    caseName: null,
    codeNames: ['همکاری اقتصادی'],
    context: null,
    ...o,
    document,
    passage: {
      documentId: document.id,
      start: 10,
      end: 18,
      codeIds: ['c' as CodeId],
      codingIds: ['x' as CodingId],
      memos: [],
      ...o.passage,
    },
  };
}
