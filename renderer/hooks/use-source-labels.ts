import { useMemo } from 'react';
import {
  joinSourceLabels,
  type LabelLocale,
  sourceLabels,
} from '../../shared/analysis/source-labels';
import type { Case, CaseId, DocumentId, DocumentMeta } from '../../shared/model';
import { useI18n } from './use-i18n';
import { useProjectState } from './use-project-store';

export interface SourceLabels {
  /** Every document's label (its own, its case's name, or a running number). */
  readonly labels: ReadonlyMap<DocumentId, string>;
  /** Labels of some documents joined by the interface language's separator. */
  readonly join: (ids: readonly DocumentId[]) => string;
  readonly locale: LabelLocale;
}

let last: {
  readonly documents: readonly DocumentMeta[];
  readonly cases: readonly Case[];
  readonly value: SourceLabels;
} | null = null;

/**
 * The labels of one state's documents and cases. Every row of the documents list asks, so the
 * last answer is kept: the labels are computed once per change, not once per row.
 */
function labelsOf(
  documents: readonly DocumentMeta[],
  cases: readonly Case[],
  locale: LabelLocale,
): SourceLabels {
  if (last && last.documents === documents && last.cases === cases && last.value.locale === locale)
    return last.value;
  const names = new Map<CaseId, string>(cases.map((c) => [c.id, c.name]));
  const labels = sourceLabels(documents, names, locale);
  const value: SourceLabels = {
    labels,
    join: (ids) => joinSourceLabels(ids, labels, locale),
    locale,
  };
  last = { documents, cases, value };
  return value;
}

/** The open project's source labels, in the interface's digits (issue 13.6). */
export function useSourceLabels(): SourceLabels {
  const { documents, cases } = useProjectState();
  const { locale } = useI18n();
  const l: LabelLocale = locale === 'fa' ? 'fa' : 'en';
  return useMemo(() => labelsOf(documents, cases, l), [documents, cases, l]);
}
