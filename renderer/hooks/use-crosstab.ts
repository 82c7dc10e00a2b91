import { useMemo } from 'react';
import type { ThemeLevel } from '../../shared/analysis/code-tree';
import {
  computeCrosstab,
  type CrosstabCount,
  type CrosstabTable,
} from '../../shared/analysis/crosstab';
import { codingsOfCoders } from '../../shared/analysis/coder-scope';
import type { AttributeId } from '../../shared/model';
import { coderIdsOf, type CoderChoice } from './use-coder-filter';
import { useAnalysisScope } from './use-analysis-scope';
import { useProjectState } from './use-project-store';

export interface CrosstabChoice {
  /** 'codes', or the attribute whose values make the rows. */
  readonly rows: 'codes' | AttributeId;
  readonly cols: AttributeId | null;
  readonly count: CrosstabCount;
  readonly level: ThemeLevel;
  /** Whose codings count ('' or absent: all coders). */
  readonly coder?: CoderChoice;
}

/**
 * The crosstab of the open project from its in-memory state (the coding index, no database
 * read), recomputed when the project changes, limited to the report's document set. A choice naming an attribute that was deleted
 * falls back to code rows / no columns.
 */
export function useCrosstab(choice: CrosstabChoice): CrosstabTable {
  const state = useProjectState();
  const scope = useAnalysisScope();
  const { rows, cols, count, level, coder = '' } = choice;
  return useMemo(() => {
    const has = (id: AttributeId | null) =>
      id !== null && state.attributes.some((a) => a.id === id);
    const rowAttr = rows !== 'codes' && has(rows) ? rows : null;
    const colAttr = cols !== rowAttr && has(cols) ? cols : null;
    return computeCrosstab({
      codes: state.codes,
      codings: codingsOfCoders(scope.codings(), coderIdsOf(coder)),
      documents: scope.documents,
      cases: scope.cases,
      attributes: state.attributes,
      rows: rowAttr ? { kind: 'attribute', attributeId: rowAttr } : { kind: 'codes', level },
      columns: colAttr,
      count,
    });
  }, [state, scope, rows, cols, count, level, coder]);
}
