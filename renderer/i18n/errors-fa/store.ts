// Persian for shared/errors/codes-store.ts.
import type { STORE_ERRORS } from '../../../shared/errors/codes-store';

export const STORE_ERRORS_FA: { readonly [K in keyof typeof STORE_ERRORS]: string } = {
  'store.codeGone': 'این کد دیگر وجود ندارد.',
};
