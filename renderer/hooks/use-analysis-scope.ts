// The document-set scope of the Analysis tabs (issue 13.4: every view and export can be limited
// to a set). The tabs follow the report's shared set choice (use-report-options.ts), as the
// charts do, so the crosstab, co-occurrence, words and network count the documents the report
// counts; the picker (views/sets/SetScopePicker) is the same one in every tab.
import { useMemo } from 'react';
import { analysisScope, type AnalysisScope } from './analysis-scope';
import { useProjectState } from './use-project-store';
import { useReportOptions } from './use-report-options';

export type { AnalysisScope } from './analysis-scope';

/** The Analysis tabs' scope: the report's set choice over the open project. */
export function useAnalysisScope(): AnalysisScope {
  const state = useProjectState();
  const { setId } = useReportOptions();
  return useMemo(() => analysisScope(state, setId), [state, setId]);
}
