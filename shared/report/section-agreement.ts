// The report's agreement section: not built yet (renders nothing).
import type { AnalysisSectionInput } from './analysis-sections';

export function agreementSection(_input: AnalysisSectionInput): string {
  return '';
}
