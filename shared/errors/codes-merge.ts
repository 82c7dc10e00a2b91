// Coders and merging another coder's work (shared/exchange/merge*).
// Persian in renderer/i18n/errors-fa/merge.ts.

export const MERGE_ERRORS = {} as const;
