import { useMemo } from 'react';
import type { Attribute, Case, CaseId } from '../../shared/model';
import { useProjectState } from './use-project-store';

export interface CaseRow {
  readonly case: Case;
  /** Documents linked to this case (interviews of this interviewee). */
  readonly documents: number;
}

export interface CasesTable {
  readonly rows: readonly CaseRow[];
  readonly attributes: readonly Attribute[];
  /** Documents that belong to no case. */
  readonly unassigned: number;
}

/** The cases of the open project with their linked-document counts, from the in-memory state. */
export function useCasesTable(): CasesTable {
  const state = useProjectState();
  const { cases, documents, attributes } = state;
  return useMemo(() => {
    const perCase = new Map<CaseId, number>();
    let unassigned = 0;
    for (const d of documents) {
      if (d.caseId === null) unassigned++;
      else perCase.set(d.caseId, (perCase.get(d.caseId) ?? 0) + 1);
    }
    return {
      rows: cases.map((c) => ({ case: c, documents: perCase.get(c.id) ?? 0 })),
      attributes,
      unassigned,
    };
  }, [cases, documents, attributes]);
}
