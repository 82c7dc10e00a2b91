// The report's crosstab section: not built yet (renders nothing).
import type { AnalysisSectionInput } from './analysis-sections';

export function crosstabSection(_input: AnalysisSectionInput): string {
  return '';
}
