import { useMemo, useSyncExternalStore } from 'react';
import type { Convention } from '../../shared/analysis';
import { toPersianDigits } from '../../shared/text/persian';
import { formatNumber, type Locale } from '../i18n/locales';
import type { CaseFilterChoice } from '../../shared/analysis/report-tree';
import type { SetId } from '../../shared/model/sets';
import type { CoderChoice } from './use-coder-filter';
import { useI18n } from './use-i18n';

/** 'interface' follows the interface language; the others force Persian or Latin digits. */
export type DigitsChoice = 'interface' | 'fa' | 'latin';

export interface ReportOptions {
  readonly convention: Convention;
  readonly caseFilter: CaseFilterChoice | null;
  readonly digits: DigitsChoice;
  /** Whose codings count: '' all coders (see use-coder-filter.ts). */
  readonly coder: CoderChoice;
  /** Only the documents of this set (issue 13.4); null: every document. */
  readonly setId: SetId | null;
}

const DEFAULTS: ReportOptions = {
  convention: 'paper',
  caseFilter: null,
  digits: 'interface',
  coder: '',
  setId: null,
};

// One set of choices shared by the report, the charts and the comparison, so a filter set in
// the report (year = 1403) is the filter the charts draw. Session state: a fresh start shows
// the whole study under the paper's convention.
let current: ReportOptions = DEFAULTS;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function update(patch: Partial<ReportOptions>): void {
  current = { ...current, ...patch };
  for (const l of listeners) l();
}

export interface ReportOptionsApi extends ReportOptions {
  readonly set: (patch: Partial<ReportOptions>) => void;
}

/** The shared report choices and a setter. */
export function useReportOptions(): ReportOptionsApi {
  const options = useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
  return { ...options, set: update };
}

export interface ReportNumbers {
  /** A number in the chosen digits (Persian separators with Persian digits). */
  readonly num: (value: number, fractionDigits?: number) => string;
  /** Digits inside a text such as "1-2-3", in the chosen digits. */
  readonly digits: (text: string) => string;
}

/** Number formatting under the report's digits choice (default: the interface's). */
export function useReportNumbers(): ReportNumbers {
  const { locale } = useI18n();
  const { digits } = useReportOptions();
  const use: Locale = digits === 'interface' ? locale : digits === 'fa' ? 'fa' : 'en';
  // Stable per digits choice, so tables that memoize their columns on these do not rebuild.
  return useMemo(
    () => ({
      num: (value, fractionDigits = 0) => formatNumber(use, value, fractionDigits),
      digits: (text) => (use === 'fa' ? toPersianDigits(text) : text),
    }),
    [use],
  );
}
