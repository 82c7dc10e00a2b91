// Persian for shared/errors/codes-agreement.ts.
import type { AGREEMENT_ERRORS } from '../../../shared/errors/codes-agreement';

export const AGREEMENT_ERRORS_FA: { readonly [K in keyof typeof AGREEMENT_ERRORS]: string } = {};
