// Persian for shared/errors/codes-words.ts.
import type { WORDS_ERRORS } from '../../../shared/errors/codes-words';

export const WORDS_ERRORS_FA: { readonly [K in keyof typeof WORDS_ERRORS]: string } = {};
