// Persian for shared/errors/codes-compare.ts.
import type { COMPARE_ERRORS } from '../../../shared/errors/codes-compare';

export const COMPARE_ERRORS_FA: { readonly [K in keyof typeof COMPARE_ERRORS]: string } = {
  'compare.emptyThemeName': 'ردیف {row}: نام یکی از مضمون‌ها خالی است',
};
