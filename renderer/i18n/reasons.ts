// LEGACY: refusals not yet given a code (`fail(reason)`, code 'legacy') are English sentences,
// translated here by pattern. Coded refusals (`refuse(code, params)`) are translated by code in
// errors.ts, which falls back to this table for 'legacy'. Views call translateFailure (errors.ts),
// not this. As call sites move to codes, delete their patterns (docs/errors.md). Anything
// unrecognized stays English: better an English sentence than a Persian one that lost the detail.

import type { Locale } from './locales';
import { EXCHANGE_REASONS } from './reason-patterns-exchange';
import { IMPORT_REASONS } from './reason-patterns-import';
import { STORE_REASONS } from './reason-patterns-store';
import {
  FSI,
  PDI,
  persianNumber,
  persianSize,
  type ReasonPattern,
  type ReasonTools,
} from './reason-tools';

export { FSI, PDI } from './reason-tools';

/** Ordered: the first pattern that matches wins, so specific patterns come before general ones. */
const PATTERNS: readonly ReasonPattern[] = [
  ...IMPORT_REASONS,
  ...EXCHANGE_REASONS,
  ...STORE_REASONS,
];

/** ImportReport folds repeated warnings into "message (×3)". */
const REPEATED = /^([\s\S]+) \(×(\d+)\)$/;

/** `hits` collects the index of every pattern used, nested ones included (for tests). */
function toPersian(reason: string, hits?: number[]): string | null {
  const repeated = REPEATED.exec(reason);
  if (repeated) {
    const inner = toPersian(repeated[1] ?? '', hits);
    return inner === null ? null : `${inner} (${persianNumber(repeated[2] ?? '')} بار)`;
  }
  const i = PATTERNS.findIndex((p) => p.re.test(reason));
  const m = PATTERNS[i]?.re.exec(reason);
  if (!m) return null;
  hits?.push(i);
  return PATTERNS[i]?.fa(m, toolsFor(hits)) ?? null;
}

function toolsFor(hits: number[] | undefined): ReasonTools {
  return {
    q: (s) => `«${FSI}${s ?? ''}${PDI}»`,
    l: (s) => `${FSI}${s ?? ''}${PDI}`,
    d: persianNumber,
    size: persianSize,
    sub: (s) => toPersian(s, hits),
  };
}

/** The reason in the interface's language: Persian when a pattern knows it, else as given. */
export function translateReason(reason: string, locale: Locale): string {
  if (locale === 'en') return reason;
  return toPersian(reason.trim()) ?? reason;
}

/** For tests and reviews: how many patterns the table holds. */
export const REASON_PATTERN_COUNT = PATTERNS.length;

/** For tests: the indices of the patterns that translate the reason (nested ones too); [] if none. */
export function reasonPatternIndices(reason: string): number[] {
  const hits: number[] = [];
  toPersian(reason.trim(), hits);
  return hits;
}
