// The analysis sections of the coding report (network map, crosstab, agreement, word frequency),
// declared once here in report order. Each renders from the snapshot with the same pure analysis
// the views and the CLI use; a section with nothing to say returns ''.
import type { CaseId, CodeId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { SectionContext } from './report-sections';
import { agreementSection } from './section-agreement';
import { crosstabSection } from './section-crosstab';
import { memosSection } from './section-memos';
import { networkSection } from './section-network';
import { wordsSection } from './section-words';

export interface AnalysisSectionInput {
  readonly snapshot: ProjectSnapshot;
  readonly ctx: SectionContext;
  /** The counting convention of the report. */
  readonly convention: 'paper' | 'distinct';
  /** The report's filter (themes and cases), for the sections that count codings. */
  readonly selection?: {
    readonly themeIds?: readonly CodeId[];
    readonly caseIds?: readonly CaseId[];
  };
}

export type AnalysisSection = (input: AnalysisSectionInput) => string;

export const ANALYSIS_SECTIONS: readonly AnalysisSection[] = [
  networkSection,
  crosstabSection,
  agreementSection,
  wordsSection,
  memosSection,
];

export function analysisSections(input: AnalysisSectionInput): string {
  return ANALYSIS_SECTIONS.map((section) => section(input))
    .filter((html) => html !== '')
    .join('\n');
}
