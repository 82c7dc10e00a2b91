import { useMemo } from 'react';
import type { DocumentId } from '../../shared/model';
import { documentPageStarts, type PageStart } from '../../shared/text/pages';
import { useProjectState } from './use-project-store';

const NO_PAGES: readonly PageStart[] = [];

/** Where each page of a document imported from a PDF begins ([] for other documents). */
export function useDocumentPageStarts(documentId: DocumentId): readonly PageStart[] {
  const { memos } = useProjectState();
  return useMemo(() => documentPageStarts(memos).get(documentId) ?? NO_PAGES, [memos, documentId]);
}
