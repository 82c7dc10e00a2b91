// The report's words section: not built yet (renders nothing).
import type { AnalysisSectionInput } from './analysis-sections';

export function wordsSection(_input: AnalysisSectionInput): string {
  return '';
}
