// Crosstabs and co-occurrence (shared/analysis/crosstab*, cooccurrence*).
// Persian in renderer/i18n/errors-fa/crosstab.ts.

export const CROSSTAB_ERRORS = {} as const;
