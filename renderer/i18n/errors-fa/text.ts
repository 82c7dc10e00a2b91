// Persian for shared/errors/codes-text.ts.
import type { TEXT_ERRORS } from '../../../shared/errors/codes-text';

export const TEXT_ERRORS_FA: { readonly [K in keyof typeof TEXT_ERRORS]: string } = {};
