import { useMemo } from 'react';
import {
  codeDocumentMatrix,
  computeFrequencyTable,
  type CodeDocumentMatrix,
  type Convention,
  type FrequencyInput,
  type FrequencyTable,
} from '../../shared/analysis';
import type { Coding } from '../../shared/model';
import type { ProjectState } from '../../shared/store/project-store';
import { caseFilterPredicate, type CaseFilterChoice } from '../../shared/analysis/report-tree';
import { coderIdsOf, type CoderChoice } from './use-coder-filter';
import { useProjectState } from './use-project-store';
import { documentsInScope } from './use-sets';
import type { SetId } from '../../shared/model/sets';

export interface FrequencyOptions {
  readonly convention: Convention;
  readonly caseFilter?: CaseFilterChoice | null;
  /** Whose codings count ('' or absent: all coders). */
  readonly coder?: CoderChoice;
  /** Only the documents of this set (issue 13.4); null or absent: every document. */
  readonly setId?: SetId | null;
}

/** The engine's input from the open project's in-memory state (no database read). */
function inputOf(state: ProjectState, options: FrequencyOptions): FrequencyInput {
  const caseFilter = caseFilterPredicate(options.caseFilter ?? null, state.attributes);
  const codings: Coding[] = [...state.codings.values()];
  return {
    codes: state.codes,
    codings,
    documents: documentsInScope(state, options.setId),
    cases: state.cases,
    convention: options.convention,
    filter: { caseFilter: caseFilter ?? undefined, coderIds: coderIdsOf(options.coder ?? '') },
  };
}

/**
 * The paper's Table 2 for the open project, recomputed whenever the project changes: the state
 * object is new on every write (its `version` goes up), so coding a passage updates the table.
 * Rolling up 100k codings in memory takes ~10 ms, well within a render.
 */
export function useFrequencyTable(options: FrequencyOptions): FrequencyTable {
  const state = useProjectState();
  const { convention, caseFilter = null, coder = '', setId = null } = options;
  return useMemo(
    () => computeFrequencyTable(inputOf(state, { convention, caseFilter, coder, setId })),
    [state, convention, caseFilter, coder, setId],
  );
}

/** The basic-theme × document matrix of the heatmap, under the same options. */
export function useCodeDocumentMatrix(options: FrequencyOptions): CodeDocumentMatrix {
  const state = useProjectState();
  const { convention, caseFilter = null, coder = '', setId = null } = options;
  return useMemo(
    () => codeDocumentMatrix(inputOf(state, { convention, caseFilter, coder, setId })),
    [state, convention, caseFilter, coder, setId],
  );
}
