// Document sets for React (issue 13.4): each set with its members now, from the in-memory state;
// the store's set commands; and the documents a report or chart is limited to.
import { useMemo } from 'react';
import { documentsInSet } from '../../shared/analysis/document-sets';
import type { DocumentMeta, DocumentSet, SetId } from '../../shared/model';
import type { ProjectState } from '../../shared/store/project-store';
import type { SetCommands } from '../../shared/store/sets-commands';
import { useProjectState, useProjectStore } from './use-project-store';

export interface SetWithMembers {
  readonly set: DocumentSet;
  /** Members now, in the documents' order (a rule set's are computed from the cases). */
  readonly members: readonly DocumentMeta[];
}

/** Every set of the open project with its members. */
export function useDocumentSets(): readonly SetWithMembers[] {
  const { sets, documents, cases } = useProjectState();
  return useMemo(
    () => sets.map((set) => ({ set, members: documentsInSet(set, documents, cases) })),
    [sets, documents, cases],
  );
}

/** The store's commands on sets (create, update, members, delete; each undoable). */
export function useSetCommands(): SetCommands {
  return useProjectStore().sets;
}

/**
 * The documents in scope for a set choice: the set's members, or every document when there is
 * no set or it no longer exists. Pure, for hooks that build analysis input from the state.
 */
export function documentsInScope(
  state: Pick<ProjectState, 'sets' | 'documents' | 'cases'>,
  setId: SetId | null | undefined,
): readonly DocumentMeta[] {
  const set = setId ? state.sets.find((s) => s.id === setId) : undefined;
  return set ? documentsInSet(set, state.documents, state.cases) : state.documents;
}
