// Word frequency and the CLI search (shared/analysis/word-frequency*).
// Persian in renderer/i18n/errors-fa/words.ts.

export const WORDS_ERRORS = {} as const;
