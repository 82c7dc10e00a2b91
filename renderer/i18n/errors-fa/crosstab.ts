// Persian for shared/errors/codes-crosstab.ts.
import type { CROSSTAB_ERRORS } from '../../../shared/errors/codes-crosstab';

export const CROSSTAB_ERRORS_FA: { readonly [K in keyof typeof CROSSTAB_ERRORS]: string } = {};
