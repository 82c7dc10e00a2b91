// Persian for shared/errors/codes-cases.ts.
import type { CASES_ERRORS } from '../../../shared/errors/codes-cases';
import { isolate as l } from '../reason-tools';

export const CASES_ERRORS_FA: { readonly [K in keyof typeof CASES_ERRORS]: string } = {
  'cases.csvNoHeader': `جدول ${l('CSV')} باید سطر سرستون داشته باشد: نخست نام مورد، سپس نام ویژگی‌ها.`,
};
