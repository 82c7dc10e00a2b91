// The report's network section: not built yet (renders nothing).
import type { AnalysisSectionInput } from './analysis-sections';

export function networkSection(_input: AnalysisSectionInput): string {
  return '';
}
