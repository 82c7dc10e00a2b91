import { useMemo } from 'react';
import { computeFrequencies, type FrequencyRow } from '../../shared/analysis';
import type { Code, CodeId } from '../../shared/model';
import type { ProjectState } from '../../shared/store/project-store';
import { useProjectState } from './use-project-store';

export interface CodebookNode {
  readonly code: Code;
  /** Tree order row of the frequency analysis: level, depth, counts rolled up the tree. */
  readonly row: FrequencyRow;
  readonly childIds: readonly CodeId[];
}

export interface Codebook {
  readonly state: ProjectState;
  /** Pre-order: a parent before its children, siblings by order. */
  readonly nodes: readonly CodebookNode[];
  readonly byId: ReadonlyMap<CodeId, CodebookNode>;
}

/** Builds the codebook from a state: the same counts (paper convention) the report shows. */
export function buildCodebook(state: ProjectState): Codebook {
  const rows = computeFrequencies({
    codes: state.codes,
    codings: [...state.codings.values()],
    documents: state.documents,
    cases: state.cases,
    convention: 'paper',
  });
  const codeById = new Map(state.codes.map((c) => [c.id, c]));
  const children = new Map<CodeId, CodeId[]>();
  for (const r of rows) {
    if (r.parentId === null) continue;
    const list = children.get(r.parentId) ?? [];
    list.push(r.id);
    children.set(r.parentId, list);
  }
  const nodes = rows.map((row): CodebookNode => ({
    code: codeById.get(row.id) as Code,
    row,
    childIds: children.get(row.id) ?? [],
  }));
  return { state, nodes, byId: new Map(nodes.map((n) => [n.code.id, n])) };
}

/**
 * The open project's codebook with live sources and references per code. Recomputed once per
 * state version (the counts come from the in-memory coding index, never from the database).
 */
export function useCodebook(): Codebook {
  const state = useProjectState();
  // A state object is new exactly when its version changes.
  return useMemo(() => buildCodebook(state), [state]);
}
