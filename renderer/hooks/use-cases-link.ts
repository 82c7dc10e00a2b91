import { useCallback, useMemo } from 'react';
import {
  type DocumentCaseLink,
  type DocumentCaseMatch,
  matchDocumentsToCases,
} from '../../shared/cases/document-case-match';
import type { DocumentMeta } from '../../shared/model';
import type { Result } from '../../shared/model/snapshot';
import { useProjectState, useProjectStore } from './use-project-store';

export interface CasesLink {
  /** Each document's match against the project's cases, in document order. */
  readonly matches: readonly DocumentCaseMatch[];
  /** Writes the links in one transaction and one undo step; all or nothing. */
  readonly apply: (links: readonly DocumentCaseLink[]) => Promise<Result<DocumentMeta[]>>;
}

export function useCasesLink(): CasesLink {
  const store = useProjectStore();
  const { documents, cases } = useProjectState();
  const matches = useMemo(() => matchDocumentsToCases(documents, cases), [documents, cases]);
  const apply = useCallback(
    (links: readonly DocumentCaseLink[]) => store.linkDocumentsToCases(links),
    [store],
  );
  return { matches, apply };
}
