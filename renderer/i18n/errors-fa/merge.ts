// Persian for shared/errors/codes-merge.ts.
import type { MERGE_ERRORS } from '../../../shared/errors/codes-merge';

export const MERGE_ERRORS_FA: { readonly [K in keyof typeof MERGE_ERRORS]: string } = {};
