// Agreement between coders and Krippendorff's alpha (shared/analysis/agreement*, alpha*).
// Persian in renderer/i18n/errors-fa/agreement.ts.

export const AGREEMENT_ERRORS = {} as const;
